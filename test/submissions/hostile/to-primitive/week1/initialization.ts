// Hostile: returns objects with toJSON, valueOf and Symbol.toPrimitive that answer like the expected numbers.
// Contained: only real numbers count: He fails.
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
  const liar = { toJSON: () => [[1]], valueOf: () => 1, [Symbol.toPrimitive]: () => 1, shape: [4, 2], dataSync: () => ({ length: 8 }) };
  return { W1: liar, b1: liar, W2: liar, b2: liar } as never;
}
