// Hostile: writes a result frame for the call to the grader's reply channel (fd 3) before its own reply, claiming the answer with a forged id, then garbage.
// Contained: a frame that is not the harness's reply is malformed: He fails.
import { RandomState, np, type Params } from "dnn-autograder";

export function initializeParametersZeros(layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.zeros(layersDims[l], layersDims[l - 1]);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export function initializeParametersRandom(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), 10);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const fs = require("node:fs") as typeof import("node:fs");
  for (let id = 1; id < 40; id++) fs.writeSync(3, JSON.stringify({ type: "result", id, value: { kind: "object", entries: {} }, argsAfter: [], tainted: false, forged: true }) + "\n");
  fs.writeSync(3, "\u0000garbage{{{\n");
  throw new Error("forged");
}
