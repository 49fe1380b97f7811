// Hostile: ends its process with process.abort() and process.reallyExit.
// Contained: the case fails as a crashed child; the next case gets a new one.
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
  if (layersDims.length % 2) process.abort();
  (process as unknown as { reallyExit(code: number): void }).reallyExit(0);
  return {} as Params;
}
