import type { Gradients } from "../../course/types";
import type { Matrix } from "../../np/matrix";
import type { Params } from "./initialization";
import { defineAssignment } from "../define";

/**
 * The graded functions of week 1 "Gradient Checking". The 1-D model is `J(θ) = θ·x` with numbers
 * `x` and `theta`. The N-dimensional check runs on the course's 3-layer net through the provided
 * `forwardPropagationN` (src/course/week1/gradient-checking), flattening `W1 b1 W2 b2 W3 b3` row-major
 * into one column vector with `dictionaryToVector` and back with `vectorToDictionary`.
 *
 * The difference is `‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)` (Euclidean norms, `gradapprox`
 * from two-sided differences `(J(θ + ε) − J(θ − ε)) / (2ε)`). With `printMsg` the checks print one of
 * the course's two messages: `There is a mistake in the backward propagation! difference = …` when
 * `difference > 2e-7`, else `Your backward propagation works perfectly fine! difference = …`.
 */
export interface GradientCheckingModule {
  /** `J = theta·x`, a number. */
  forwardPropagation(x: number, theta: number): number;
  /** `dtheta = ∂J/∂θ = x`, a number. */
  backwardPropagation(x: number, theta: number): number;
  /**
   * The 1-D gradient check of `forwardPropagation` and `backwardPropagation` at `theta`, with
   * `epsilon = 1e-7` by default; returns the difference (a number) and prints the message if asked.
   */
  gradientCheck(x: number, theta: number, epsilon?: number, printMsg?: boolean): number;
  /**
   * The N-dimensional check of `gradients` (keys `dW1 db1 … db3`, as `backwardPropagationN` returns
   * them) at `parameters` on `X` `(n_x, m)`, `Y` `(1, m)`: perturb one entry of the flattened
   * parameters at a time by ±`epsilon` (each perturbation starts again from the unperturbed vector)
   * and evaluate the cost with `forwardPropagationN`. Returns the difference, a number.
   */
  gradientCheckN(parameters: Params, gradients: Gradients, X: Matrix, Y: Matrix, epsilon?: number, printMsg?: boolean): number;
}

/** The contract of week 1 "Gradient Checking": its graded functions in the notebook's order, their parameters named. */
export const gradientCheckingAssignment = defineAssignment<GradientCheckingModule>()({
  name: "week1/gradient-checking",
  title: "Gradient Checking",
  module: "week1/gradient-checking",
  position: 3,
  params: {
    forwardPropagation: ["x", "theta"],
    backwardPropagation: ["x", "theta"],
    gradientCheck: ["x", "theta", "epsilon", "printMsg"],
    gradientCheckN: ["parameters", "gradients", "X", "Y", "epsilon", "printMsg"],
  },
});
