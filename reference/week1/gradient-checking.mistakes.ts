/**
 * Typical wrong answers to week 1 "Gradient Checking". Fixture generation runs each on the cases
 * that name it, so a student's output that matches one is reported with its message (a difference
 * near zero matches by verdict and order of magnitude, as the difference-verdict check grades it).
 */
import type { Params } from "dnn-autograder/contracts";
import { dictionaryToVector, forwardPropagationN, gradientsToVector, vectorToDictionary } from "dnn-autograder/course/week1/gradient-checking";
import type { Gradients } from "dnn-autograder/course/types";
import type { KnownMistake } from "dnn-autograder/fixtures/mistakes";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";
import { backwardPropagation, forwardPropagation, gradapproxN, norm, relativeDifference } from "./gradient-checking";

type Difference = (grad: number | Matrix, gradapprox: number | Matrix) => number;

const squaredNorms: Difference = (g, a) => norm(typeof g === "number" ? g - (a as number) : np.subtract(g, a as Matrix)) ** 2 / (norm(g) ** 2 + norm(a) ** 2);
const withoutApprox: Difference = (g, a) => norm(typeof g === "number" ? g - (a as number) : np.subtract(g, a as Matrix)) / norm(g);

/** gradientCheck with its approximation or its difference replaced. */
function gradientCheckWith(oneSided: boolean, difference: Difference = relativeDifference) {
  return (x: number, theta: number, epsilon = 1e-7): number => {
    const gradapprox = oneSided
      ? (forwardPropagation(x, theta + epsilon) - forwardPropagation(x, theta)) / epsilon
      : (forwardPropagation(x, theta + epsilon) - forwardPropagation(x, theta - epsilon)) / (2 * epsilon);
    return difference(backwardPropagation(x, theta), gradapprox);
  };
}

const costAt = (theta: Matrix, parameters: Params, X: Matrix, Y: Matrix) => forwardPropagationN(X, Y, vectorToDictionary(theta, parameters)).cost;

/** One-sided differences `(J(θ + ε·e_i) − J(θ)) / ε`. */
function oneSidedApprox(parameters: Params, X: Matrix, Y: Matrix, epsilon: number): Matrix {
  const { theta } = dictionaryToVector(parameters);
  const J = costAt(theta, parameters, X, Y);
  return theta.map((_, i) => {
    const plus = np.clone(theta);
    plus[i][0] += epsilon;
    return [(costAt(plus, parameters, X, Y) - J) / epsilon];
  });
}

/** Two-sided differences on two vectors that keep every earlier perturbation (never reset to θ). */
function unrestoredApprox(parameters: Params, X: Matrix, Y: Matrix, epsilon: number): Matrix {
  const { theta } = dictionaryToVector(parameters);
  const plus = np.clone(theta);
  const minus = np.clone(theta);
  return theta.map((_, i) => {
    plus[i][0] += epsilon;
    minus[i][0] -= epsilon;
    return [(costAt(plus, parameters, X, Y) - costAt(minus, parameters, X, Y)) / (2 * epsilon)];
  });
}

/** gradientCheckN with its approximation or its difference replaced. */
function gradientCheckNWith(approx: typeof gradapproxN, difference: Difference = relativeDifference) {
  return (parameters: Params, gradients: Gradients, X: Matrix, Y: Matrix, epsilon = 1e-7): number =>
    difference(gradientsToVector(gradients), approx(parameters, X, Y, epsilon));
}

const ONE_SIDED = "the difference is one-sided, (J(θ + ε) − J(θ)) / ε: use the two-sided (J(θ + ε) − J(θ − ε)) / (2ε)";
const SQUARED = "the norms are squared: the difference is ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖), plain Euclidean norms";
const WITHOUT_APPROX = "the denominator is ‖grad‖ alone: it is ‖grad‖ + ‖gradapprox‖";

/**
 * The known mistakes of the Gradient Checking functions (one-sided differences, squared norms, wrong
 * denominator, ε not restored, …); case files name them in `mistakes`.
 */
export const MISTAKES: KnownMistake[] = [
  {
    id: "backward-returns-theta",
    function: "backwardPropagation",
    message: "dtheta is theta; the derivative of J = θ·x with respect to θ is x",
    implementation: (_x: number, theta: number) => theta,
  },
  { id: "one-sided", function: "gradientCheck", message: ONE_SIDED, implementation: gradientCheckWith(true) },
  { id: "norms-squared", function: "gradientCheck", message: SQUARED, implementation: gradientCheckWith(false, squaredNorms) },
  { id: "denominator-without-approx", function: "gradientCheck", message: WITHOUT_APPROX, implementation: gradientCheckWith(false, withoutApprox) },
  { id: "one-sided-n", function: "gradientCheckN", message: ONE_SIDED, implementation: gradientCheckNWith(oneSidedApprox) },
  {
    id: "epsilon-not-restored",
    function: "gradientCheckN",
    message: "the perturbations add up: start each thetaPlus and thetaMinus again from a fresh copy of the parameters vector",
    implementation: gradientCheckNWith(unrestoredApprox),
  },
  { id: "norms-squared-n", function: "gradientCheckN", message: SQUARED, implementation: gradientCheckNWith(gradapproxN, squaredNorms) },
  { id: "denominator-without-approx-n", function: "gradientCheckN", message: WITHOUT_APPROX, implementation: gradientCheckNWith(gradapproxN, withoutApprox) },
];
