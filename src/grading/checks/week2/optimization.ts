/** What week 2 "Optimization Methods" adds to grading: the check of `randomMiniBatches`. */
import { miniBatchesCheck } from "../mini-batches";
import type { CaseCheck } from "../types";

/** The checks only its cases name: `mini-batches`. */
export const checks: readonly CaseCheck[] = [miniBatchesCheck];
