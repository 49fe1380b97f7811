/**
 * Answer key for week 1 "Gradient Checking". Never shipped to students.
 * Conventions (docs/course.md): two-sided differences `(J(θ + ε) − J(θ − ε)) / (2ε)`, each perturbation
 * starting again from the unperturbed parameters; `difference = ‖grad − gradapprox‖ / (‖grad‖ +
 * ‖gradapprox‖)`; the course's message printed when `printMsg` is set.
 */
import type { GradientCheckingModule, Params } from "dnn-autograder/contracts";
import {
  dictionaryToVector,
  forwardPropagationN,
  gradientCheckMessage,
  gradientsToVector,
  vectorToDictionary,
} from "dnn-autograder/course/week1/gradient-checking";
import type { Gradients } from "dnn-autograder/course/types";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";

/** The 1-D model's cost `J = θ·x`, a number. */
export function forwardPropagation(x: number, theta: number): number {
  return theta * x;
}

/** `dtheta = ∂J/∂θ = x`, a number (independent of `theta`). */
export function backwardPropagation(x: number, _theta: number): number {
  return x;
}

/** `np.linalg.norm`: the Euclidean norm of a number or of a matrix's entries, `sqrt(Σ v²)`. */
export function norm(v: number | Matrix): number {
  if (typeof v === "number") return Math.sqrt(v * v);
  let s = 0;
  for (const row of v) for (const x of row) s += x * x;
  return Math.sqrt(s);
}

/** The course's difference `‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)`. */
export function relativeDifference(grad: number | Matrix, gradapprox: number | Matrix): number {
  const numerator = typeof grad === "number" ? norm(grad - (gradapprox as number)) : norm(np.subtract(grad, gradapprox as Matrix));
  const denominator = norm(grad) + norm(gradapprox);
  return numerator / denominator;
}

/**
 * The 1-D check at `theta`: two-sided `gradapprox = (J(θ + ε) − J(θ − ε)) / (2ε)` against
 * `backwardPropagation`; returns `‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)` and, with `printMsg`,
 * prints the course's message (threshold 2e-7).
 */
export function gradientCheck(x: number, theta: number, epsilon = 1e-7, printMsg = false): number {
  const thetaPlus = theta + epsilon;
  const thetaMinus = theta - epsilon;
  const JPlus = forwardPropagation(x, thetaPlus);
  const JMinus = forwardPropagation(x, thetaMinus);
  const gradapprox = (JPlus - JMinus) / (2 * epsilon);
  const grad = backwardPropagation(x, theta);
  const difference = relativeDifference(grad, gradapprox);
  if (printMsg) console.log(gradientCheckMessage(difference));
  return difference;
}

/** The two-sided approximation of each partial derivative of `forwardPropagationN`'s cost, as a column. */
export function gradapproxN(parameters: Params, X: Matrix, Y: Matrix, epsilon: number): Matrix {
  const { theta: parametersValues } = dictionaryToVector(parameters);
  const numParameters = parametersValues.length;
  const gradapprox = np.zeros(numParameters, 1);
  for (let i = 0; i < numParameters; i++) {
    const thetaPlus = np.clone(parametersValues);
    thetaPlus[i][0] = thetaPlus[i][0] + epsilon;
    const JPlus = forwardPropagationN(X, Y, vectorToDictionary(thetaPlus, parameters)).cost;
    const thetaMinus = np.clone(parametersValues);
    thetaMinus[i][0] = thetaMinus[i][0] - epsilon;
    const JMinus = forwardPropagationN(X, Y, vectorToDictionary(thetaMinus, parameters)).cost;
    gradapprox[i][0] = (JPlus - JMinus) / (2 * epsilon);
  }
  return gradapprox;
}

/**
 * The N-dimensional check of `gradients` (keys `dW1 db1 … db3`) at `parameters` on `X` `(n_x, m)`, `Y`
 * `(1, m)`: both flattened row-major into columns `(n, 1)`, compared with `gradapproxN`'s two-sided
 * differences of `forwardPropagationN`'s cost (a mean over the examples); returns the relative
 * difference and, with `printMsg`, prints the course's message.
 */
export function gradientCheckN(parameters: Params, gradients: Gradients, X: Matrix, Y: Matrix, epsilon = 1e-7, printMsg = false): number {
  const grad = gradientsToVector(gradients);
  const gradapprox = gradapproxN(parameters, X, Y, epsilon);
  const difference = relativeDifference(grad, gradapprox);
  if (printMsg) console.log(gradientCheckMessage(difference));
  return difference;
}

/** The answer key's graded functions, as the `GradientCheckingModule` contract. */
export const reference: GradientCheckingModule = {
  forwardPropagation,
  backwardPropagation,
  gradientCheck,
  gradientCheckN,
};
