// Hostile: returns matrices whose data length reads right once and 0 after.
// Contained: the grader checks counts itself: He fails.
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
  let reads = 0;
  const out: Record<string, unknown> = {};
  for (let l = 1; l < layersDims.length; l++) {
    const n = layersDims[l] * layersDims[l - 1];
    const data = new Proxy(new Array(n).fill(0), { get: (t, k) => (k === "length" ? (reads++ === 0 ? n : 0) : (t as never)[k as never]) });
    out["W" + l] = { shape: [layersDims[l], layersDims[l - 1]], data };
    out["b" + l] = np.zeros(layersDims[l], 1);
  }
  return out as Params;
}
