import type { Params } from "../../course/types";
import type { RandomState } from "../../random/random-state";
import { defineAssignment } from "../define";

export type { Params };

/**
 * The graded functions of week 1 "Initialization". `layersDims = [n_0, n_1, …, n_L]` lists the
 * units of each layer, input first. Every function returns `W_l` of shape `(n_l, n_{l−1})` and
 * `b_l` of shape `(n_l, 1)` for `l = 1 … L`, and never mutates `layersDims`.
 */
export interface InitializationModule {
  /** All weights and biases zero. */
  initializeParametersZeros(layersDims: number[]): Params;
  /**
   * Large random weights: for each layer in order, `W_l = rng.randn(n_l, n_{l−1}) · 10`; biases zero.
   * The course seeds numpy with 3, so `rng` defaults to `new RandomState(3)`.
   */
  initializeParametersRandom(layersDims: number[], rng?: RandomState): Params;
  /**
   * He initialization: for each layer in order, `W_l = rng.randn(n_l, n_{l−1}) · sqrt(2 / n_{l−1})`;
   * biases zero. `rng` defaults to `new RandomState(3)`.
   */
  initializeParametersHe(layersDims: number[], rng?: RandomState): Params;
}

/** The contract of week 1 "Initialization": its graded functions in the notebook's order, their parameters named. */
export const initializationAssignment = defineAssignment<InitializationModule>()({
  name: "week1/initialization",
  title: "Initialization",
  module: "week1/initialization",
  position: 1,
  params: {
    initializeParametersZeros: ["layersDims"],
    initializeParametersRandom: ["layersDims", "rng"],
    initializeParametersHe: ["layersDims", "rng"],
  },
  seedDefaults: { initializeParametersRandom: { rng: 3 }, initializeParametersHe: { rng: 3 } },
});
