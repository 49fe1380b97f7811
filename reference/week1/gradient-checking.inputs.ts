/**
 * Arguments of week 1 "Gradient Checking" N-dimensional cases: the notebook's
 * `gradient_check_n_test_case` (seed 1: X (4, 3), Y = [[1, 1, 0]], then W1 (5, 4), b1, W2 (3, 5), b2,
 * W3 (1, 3), b3 drawn in order) or another net drawn the same way, and the gradients of the provided
 * `backwardPropagationN` (with the course's two mistakes) or of its corrected twin, on the cache of
 * `forwardPropagationN` — as the notebook calls `gradient_check_n(parameters, gradients, X, Y, …)`.
 */
import {
  backwardPropagationN,
  backwardPropagationNCorrected,
  forwardPropagationN,
  gradientCheckNTestCase,
} from "dnn-autograder/course/week1/gradient-checking";
import type { Matrix } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";

type Builder = (...params: any[]) => unknown[];

/** 0/1 labels `rand(1, m) < 0.5` from their own generator (so the net's draws stay the course's order). */
const labels = (seed: number, m: number): Matrix => [new RandomState(seed).rand(m).map((u) => (u < 0.5 ? 1 : 0))];

function checkNArguments(backward: "buggy" | "corrected", epsilon: number, printMsg: boolean, layersDims?: number[], seed?: number, m?: number): unknown[] {
  const { X, Y, parameters } =
    layersDims && seed !== undefined && m !== undefined
      ? gradientCheckNTestCase(layersDims, labels((seed + 1) % 2 ** 32, m), new RandomState(seed))
      : gradientCheckNTestCase();
  const { cache } = forwardPropagationN(X, Y, parameters);
  const gradients = (backward === "buggy" ? backwardPropagationN : backwardPropagationNCorrected)(X, Y, cache);
  return [parameters, gradients, X, Y, epsilon, printMsg];
}

/**
 * The `gradientCheckN` cases' argument builders by the name a case gives in `inputs.builder`; each
 * returns `(parameters, gradients, X, Y, epsilon, printMsg)`.
 */
export const INPUTS: Record<string, Builder> = {
  /** The notebook's call: `gradient_check_n(parameters, gradients, X, Y, 1e-7, True)`, with `backwardPropagationN`'s gradients (or the corrected ones). */
  gradientCheckNTestCase: (backward: "buggy" | "corrected", epsilon = 1e-7, printMsg = false) => checkNArguments(backward, epsilon, printMsg),
  /** Another net `layersDims` with `m` examples, drawn from `seed` (labels from `seed + 1`). */
  randomGradientCheckN: (backward: "buggy" | "corrected", layersDims: number[], m: number, seed: number, epsilon = 1e-7, printMsg = false) =>
    checkNArguments(backward, epsilon, printMsg, layersDims, seed, m),
};
