// Hostile: writes a 200 MB file in /tmp and in its own folder.
// Contained: file size and a private, bounded /tmp stop it; the copy is read-only.
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
  const chunk = Buffer.alloc(1 << 20, 1);
  for (const file of ["/tmp/fill", __dirname + "/fill"]) {
    const fd = fs.openSync(file, "w");
    for (let i = 0; i < 200; i++) fs.writeSync(fd, chunk);
  }
  throw new Error("filled");
}
