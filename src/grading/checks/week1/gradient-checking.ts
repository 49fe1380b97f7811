/** What week 1 "Gradient Checking" adds to grading: the check of its printed verdicts, and the gradient problem of its 1-D model. */
import { differenceVerdictCheck } from "../difference-verdict";
import type { GradientProblem } from "../problems/common";
import { gradientCheckingProblems } from "../problems/week1-gradient-checking";
import type { CaseCheck } from "../types";

/** The checks only its cases name: `difference-verdict`. */
export const checks: readonly CaseCheck[] = [differenceVerdictCheck];

/** The `gradient-consistency` problems its cases name: `week1/gradient-checking/linear`. */
export const gradientProblems: readonly GradientProblem[] = gradientCheckingProblems;
