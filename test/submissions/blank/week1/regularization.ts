// The student stubs of week1/regularization as handed out: every graded function throws "not implemented".
// Generated from src/contracts/week1/regularization.ts by `npm run stubs`: edit the contract, not this file.
import type { DropoutCache, Gradients, Matrix, Params, RandomState, RegularizationCache } from "dnn-autograder";

/**
 * The cross-entropy cost of `A3` `(1, m)` against `Y` `(1, m)`, computed as the course's
 * `computeCost` does (`(1/m)·nansum(−log(A3)·Y − log(1 − A3)·(1 − Y))`), plus the L2 term
 * `lambd/(2m)·(ΣW1² + ΣW2² + ΣW3²)`. Returns a number.
 */
export function computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Params, lambd: number): number {
  throw new Error("not implemented");
}

/**
 * The plain backward pass of the 3-layer net from `cache` (the course's forward), with each
 * `dW_l` increased by `(lambd/m)·W_l`; the biases' gradients are unchanged.
 */
export function backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: RegularizationCache, lambd: number): Gradients {
  throw new Error("not implemented");
}

/**
 * The forward pass with inverted dropout on the two hidden layers: `D1 = rng.rand(n_1, m) < keepProb`
 * (strictly less, as 0/1), `A1 = A1·D1/keepProb`, then `D2` the same on `A2`; no dropout on the
 * output layer. The course seeds numpy with 1 inside the function, so `rng` defaults to
 * `new RandomState(1)` (a fresh one per call: every call draws the same masks). Returns
 * `{ A3, cache }` with `A3` `(1, m)` and the {@link DropoutCache}.
 */
export function forwardPropagationWithDropout(X: Matrix, parameters: Params, keepProb?: number, rng?: RandomState): { A3: Matrix; cache: DropoutCache } {
  throw new Error("not implemented");
}

/**
 * The backward pass through the same masks: `dA2 = (W3ᵀ·dZ3)·D2/keepProb`,
 * `dA1 = (W2ᵀ·dZ2)·D1/keepProb`, the ReLU derivative taken from the cached (masked) `A`.
 */
export function backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: number): Gradients {
  throw new Error("not implemented");
}
