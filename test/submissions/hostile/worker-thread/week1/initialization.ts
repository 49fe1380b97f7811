// Hostile: starts a worker thread to escape the call's limits.
// Contained: workers are refused.
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
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  new Worker("setInterval(() => {}, 1000)", { eval: true });
  throw new Error("worker started");
}
