/** What week 3 "Batch Normalization" adds to grading: the check of a train-then-test sequence, and the gradient problem of its backward pass. */
import { batchnormSequenceCheck } from "../batchnorm-sequence";
import type { GradientProblem } from "../problems/common";
import { batchNormProblems } from "../problems/week3-batch-norm";
import type { CaseCheck } from "../types";

/** The checks only its cases name: `batchnorm-sequence`. */
export const checks: readonly CaseCheck[] = [batchnormSequenceCheck];

/** The `gradient-consistency` problems its cases name: `week3/batch-norm`. */
export const gradientProblems: readonly GradientProblem[] = batchNormProblems;
