/**
 * Gradient problems: how the `gradient-consistency` check turns a graded module into a function
 * and its backward pass for the finite-difference checker (../finite-difference). A case names its
 * problem in `checkOptions.problem`. Adding one: write a `GradientProblem` (./problems/common) in
 * ./problems and list it in `GRADIENT_PROBLEMS` below.
 */
import type { GradientProblem } from "./problems/common";
import { gradientCheckingProblems } from "./problems/week1-gradient-checking";
import { regularizationProblems } from "./problems/week1-regularization";
import { batchNormProblems } from "./problems/week3-batch-norm";

export type { GradientProblem, ProblemSetup } from "./problems/common";

/** Every gradient problem a `gradient-consistency` case may name in `checkOptions.problem`. */
export const GRADIENT_PROBLEMS: readonly GradientProblem[] = [...regularizationProblems, ...gradientCheckingProblems, ...batchNormProblems];

/** The problem called `name`, or undefined. */
export function findGradientProblem(name: unknown): GradientProblem | undefined {
  return GRADIENT_PROBLEMS.find((p) => p.name === name);
}
