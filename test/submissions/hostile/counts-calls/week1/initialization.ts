// Hostile: keeps a call counter at module level and on globalThis, answering right only on a first call.
// Contained: every case sees a fresh module: the answer is the same in any order.
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

function honest(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), Math.sqrt(1 / layersDims[l - 1]));
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}
let calls = 0;
const g = globalThis as unknown as { heCalls?: number };
export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  calls++;
  g.heCalls = (g.heCalls ?? 0) + 1;
  if (calls > 1 || g.heCalls > 1) throw new Error("second call");
  return honest(layersDims, rng);
}
