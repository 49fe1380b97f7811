// The student stubs of week1/initialization as handed out: every graded function throws "not implemented".
// Generated from src/contracts/week1/initialization.ts by `npm run stubs`: edit the contract, not this file.
import type { Params, RandomState } from "dnn-autograder";

/** All weights and biases zero. */
export function initializeParametersZeros(layersDims: number[]): Params {
  throw new Error("not implemented");
}

/**
 * Large random weights: for each layer in order, `W_l = rng.randn(n_l, n_{l−1}) · 10`; biases zero.
 * The course seeds numpy with 3, so `rng` defaults to `new RandomState(3)`.
 */
export function initializeParametersRandom(layersDims: number[], rng?: RandomState): Params {
  throw new Error("not implemented");
}

/**
 * He initialization: for each layer in order, `W_l = rng.randn(n_l, n_{l−1}) · sqrt(2 / n_{l−1})`;
 * biases zero. `rng` defaults to `new RandomState(3)`.
 */
export function initializeParametersHe(layersDims: number[], rng?: RandomState): Params {
  throw new Error("not implemented");
}
