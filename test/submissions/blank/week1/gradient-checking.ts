// The student stubs of week1/gradient-checking as handed out: every graded function throws "not implemented".
// Generated from src/contracts/week1/gradient-checking.ts by `npm run stubs`: edit the contract, not this file.
import type { Gradients, Matrix, Params } from "dnn-autograder";

/** `J = theta·x`, a number. */
export function forwardPropagation(x: number, theta: number): number {
  throw new Error("not implemented");
}

/** `dtheta = ∂J/∂θ = x`, a number. */
export function backwardPropagation(x: number, theta: number): number {
  throw new Error("not implemented");
}

/**
 * The 1-D gradient check of `forwardPropagation` and `backwardPropagation` at `theta`, with
 * `epsilon = 1e-7` by default; returns the difference (a number) and prints the message if asked.
 */
export function gradientCheck(x: number, theta: number, epsilon?: number, printMsg?: boolean): number {
  throw new Error("not implemented");
}

/**
 * The N-dimensional check of `gradients` (keys `dW1 db1 … db3`, as `backwardPropagationN` returns
 * them) at `parameters` on `X` `(n_x, m)`, `Y` `(1, m)`: perturb one entry of the flattened
 * parameters at a time by ±`epsilon` (each perturbation starts again from the unperturbed vector)
 * and evaluate the cost with `forwardPropagationN`. Returns the difference, a number.
 */
export function gradientCheckN(parameters: Params, gradients: Gradients, X: Matrix, Y: Matrix, epsilon?: number, printMsg?: boolean): number {
  throw new Error("not implemented");
}
