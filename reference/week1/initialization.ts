/**
 * Answer key for week 1 "Initialization". Never shipped to students.
 * Conventions (docs/course.md): `W_l` is `(n_l, n_{l−1})`, drawn layer by layer in order from one
 * generator; biases are zero column vectors.
 */
import type { InitializationModule, Params } from "dnn-autograder/contracts";
import { zeros } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";

/** `W_l` zeros `(n_l, n_{l−1})` and `b_l` zeros `(n_l, 1)` for `layersDims = [n_0, …, n_L]`; draws nothing. */
export function initializeParametersZeros(layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = zeros(layersDims[l], layersDims[l - 1]);
    parameters[`b${l}`] = zeros(layersDims[l], 1);
  }
  return parameters;
}

/**
 * Draws each `W_l = rng.randn(n_l, n_{l−1})` in layer order and multiplies it by
 * `scale(n_{l−1}, n_l)`; biases are zero `(n_l, 1)`.
 */
export function scaledNormalWeights(layersDims: number[], rng: RandomState, scale: (nPrev: number, n: number) => number): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    const factor = scale(layersDims[l - 1], layersDims[l]);
    parameters[`W${l}`] = rng.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((w) => w * factor));
    parameters[`b${l}`] = zeros(layersDims[l], 1);
  }
  return parameters;
}

/**
 * "Large" random initialization: `W_l = rng.randn(n_l, n_{l−1})·10`, drawn layer by layer from one
 * generator (the course seeds 3); `b_l` zeros `(n_l, 1)`.
 */
export function initializeParametersRandom(layersDims: number[], rng = new RandomState(3)): Params {
  return scaledNormalWeights(layersDims, rng, () => 10);
}

/**
 * He initialization: `W_l = rng.randn(n_l, n_{l−1})·sqrt(2 / n_{l−1})`, drawn layer by layer from one
 * generator (the course seeds 3); `b_l` zeros `(n_l, 1)`.
 */
export function initializeParametersHe(layersDims: number[], rng = new RandomState(3)): Params {
  return scaledNormalWeights(layersDims, rng, (nPrev) => Math.sqrt(2 / nPrev));
}

/** The answer key's graded functions, as the `InitializationModule` contract. */
export const reference: InitializationModule = {
  initializeParametersZeros,
  initializeParametersRandom,
  initializeParametersHe,
};
