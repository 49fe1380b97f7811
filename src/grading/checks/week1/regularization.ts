/** What week 1 "Regularization" adds to grading: the gradient problems of its L2 and dropout backward passes. */
import type { GradientProblem } from "../problems/common";
import { regularizationProblems } from "../problems/week1-regularization";

/** The `gradient-consistency` problems its cases name: `week1/regularization/l2` and `week1/regularization/dropout`. */
export const gradientProblems: readonly GradientProblem[] = regularizationProblems;
