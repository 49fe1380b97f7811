import type { Gradients } from "../../course/types";
import type { Matrix } from "../../np/matrix";
import type { RandomState } from "../../random/random-state";
import type { Params } from "./initialization";
import { defineAssignment } from "../define";

/**
 * The cache of the course's `forwardPropagation` (reg_utils.py), by name: the course's tuple
 * `(Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)`. `Z_l`, `A_l` are `(n_l, m)`; `W_l`, `b_l` the
 * parameters the forward used. `backwardPropagationWithRegularization` reads it.
 */
export interface RegularizationCache {
  Z1: Matrix;
  A1: Matrix;
  W1: Matrix;
  b1: Matrix;
  Z2: Matrix;
  A2: Matrix;
  W2: Matrix;
  b2: Matrix;
  Z3: Matrix;
  A3: Matrix;
  W3: Matrix;
  b3: Matrix;
}

/**
 * The cache of `forwardPropagationWithDropout`: the course's tuple
 * `(Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)` by name. `D1` `(n_1, m)` and `D2`
 * `(n_2, m)` are the 0/1 masks (numbers, not booleans); `A1` and `A2` are the activations after the
 * mask and the division by `keepProb`, exactly as the next layer used them.
 */
export interface DropoutCache extends RegularizationCache {
  D1: Matrix;
  D2: Matrix;
}

/**
 * The graded functions of week 1 "Regularization", on the course's 3-layer net
 * LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID with `X` `(n_x, m)`, labels `Y` `(1, m)` and parameters
 * `W1 b1 W2 b2 W3 b3` (`W_l` `(n_l, n_{l−1})`, `b_l` `(n_l, 1)`). Every gradient here carries its
 * own `1/m` (`dZ3 = A3 − Y`, `dW_l = (1/m)·dZ_l·A_{l−1}ᵀ`, `db_l = (1/m)·Σ_columns dZ_l`), and
 * returns the keys `dZ3 dW3 db3 dA2 dZ2 dW2 db2 dA1 dZ1 dW1 db1`. No function mutates its inputs.
 */
export interface RegularizationModule {
  /**
   * The cross-entropy cost of `A3` `(1, m)` against `Y` `(1, m)`, computed as the course's
   * `computeCost` does (`(1/m)·nansum(−log(A3)·Y − log(1 − A3)·(1 − Y))`), plus the L2 term
   * `lambd/(2m)·(ΣW1² + ΣW2² + ΣW3²)`. Returns a number.
   */
  computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Params, lambd: number): number;
  /**
   * The plain backward pass of the 3-layer net from `cache` (the course's forward), with each
   * `dW_l` increased by `(lambd/m)·W_l`; the biases' gradients are unchanged.
   */
  backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: RegularizationCache, lambd: number): Gradients;
  /**
   * The forward pass with inverted dropout on the two hidden layers: `D1 = rng.rand(n_1, m) < keepProb`
   * (strictly less, as 0/1), `A1 = A1·D1/keepProb`, then `D2` the same on `A2`; no dropout on the
   * output layer. The course seeds numpy with 1 inside the function, so `rng` defaults to
   * `new RandomState(1)` (a fresh one per call: every call draws the same masks). Returns
   * `{ A3, cache }` with `A3` `(1, m)` and the {@link DropoutCache}.
   */
  forwardPropagationWithDropout(X: Matrix, parameters: Params, keepProb?: number, rng?: RandomState): { A3: Matrix; cache: DropoutCache };
  /**
   * The backward pass through the same masks: `dA2 = (W3ᵀ·dZ3)·D2/keepProb`,
   * `dA1 = (W2ᵀ·dZ2)·D1/keepProb`, the ReLU derivative taken from the cached (masked) `A`.
   */
  backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: number): Gradients;
}

/** The contract of week 1 "Regularization": its graded functions in the notebook's order, their parameters named. */
export const regularizationAssignment = defineAssignment<RegularizationModule>()({
  name: "week1/regularization",
  title: "Regularization",
  module: "week1/regularization",
  position: 2,
  params: {
    computeCostWithRegularization: ["A3", "Y", "parameters", "lambd"],
    backwardPropagationWithRegularization: ["X", "Y", "cache", "lambd"],
    forwardPropagationWithDropout: ["X", "parameters", "keepProb", "rng"],
    backwardPropagationWithDropout: ["X", "Y", "cache", "keepProb"],
  },
  seedDefaults: { forwardPropagationWithDropout: { rng: 1 } },
});
