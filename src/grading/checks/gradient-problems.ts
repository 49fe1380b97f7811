/**
 * Gradient problems: how the `gradient-consistency` check turns a graded module into a function
 * and its backward pass for the finite-difference checker (../finite-difference). A case names its
 * problem in `checkOptions.problem`. Each assignment declares its own as `gradientProblems` in
 * `src/grading/checks/<week>/<name>.ts` (a `GradientProblem`, ./problems/common), listed in course
 * order by `npm run stubs`.
 */
import { ASSIGNMENT_GRADIENT_PROBLEMS } from "./assignment-checks";
import type { GradientProblem } from "./problems/common";

export type { GradientProblem, ProblemSetup } from "./problems/common";

/** Every gradient problem a `gradient-consistency` case may name in `checkOptions.problem`. */
export const GRADIENT_PROBLEMS: readonly GradientProblem[] = ASSIGNMENT_GRADIENT_PROBLEMS;

/** The problem called `name`, or undefined. */
export function findGradientProblem(name: unknown): GradientProblem | undefined {
  return GRADIENT_PROBLEMS.find((p) => p.name === name);
}
