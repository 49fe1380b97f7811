/**
 * Gradient problems of week 1 "Gradient Checking" (see ../gradient-problems).
 * - `week1/gradient-checking/linear`: J(θ) = `forwardPropagation(x, θ)`, checked against
 *   `backwardPropagation(x, θ)`; the input is `theta`, its gradient `dtheta`. Arguments `(x, theta)`.
 */
import { asValue, functionOf, scalarUpstream, times, type GradientProblem } from "./common";

const linear: GradientProblem = {
  name: "week1/gradient-checking/linear",
  forward: "forwardPropagation",
  labels: { theta: "dtheta" },
  setup(module, args) {
    const [x, theta] = args as [number, number];
    const forward = functionOf(module, "forwardPropagation");
    const backward = functionOf(module, "backwardPropagation");
    return {
      inputs: { theta },
      fn: {
        forward: (inputs) => asValue(forward(x, inputs.theta), "forwardPropagation's result"),
        backward: (inputs, dOut) => ({ theta: times(asValue(backward(x, inputs.theta), "backwardPropagation's result"), scalarUpstream(dOut)) }),
      },
      atArguments: () => ({ theta: asValue(backward(x, theta), "backwardPropagation's result") }),
    };
  },
};

/** The Gradient Checking assignment's gradient problems: `week1/gradient-checking/linear`. */
export const gradientCheckingProblems: readonly GradientProblem[] = [linear];
