// Hostile: replaces the harness's exports (np.zeros, RandomState.prototype.randn) so that later cases see other values.
// Contained: a call that changes shared state ends its child: later cases see a fresh one.
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
  const harness = require("dnn-autograder") as { np: Record<string, unknown>; RandomState: { prototype: Record<string, unknown> } };
  harness.np.zeros = () => [[42]];
  harness.RandomState.prototype.randn = () => [[42]];
  throw new Error("tampered");
}
