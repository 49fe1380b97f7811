// Hostile: throws values whose message getter throws, a Symbol, and a Proxy.
// Contained: each becomes a one-line message: He fails.
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
  const k = layersDims.length % 3;
  if (k === 0) throw Symbol("boo");
  if (k === 1) throw new Proxy({}, { get: () => { throw new Error("trap"); } });
  const e = new Error("x");
  Object.defineProperty(e, "message", { get: () => { throw new Error("no message for you"); } });
  throw e;
}
