/**
 * The checks a case may name in `check`. Adding one: write a `CaseCheck` beside this file and
 * list it here; the schema accepts any name, generation refuses unknown ones.
 */
import { TF_CHECKS } from "./tf-checks";
import type { CaseCheck } from "./types";
import { valuesCheck } from "./values";
import { miniBatchesCheck } from "./mini-batches";
import { gradientConsistencyCheck } from "./gradient-consistency";
import { differenceVerdictCheck } from "./difference-verdict";
import { batchnormSequenceCheck } from "./batchnorm-sequence";

/** Every check a case may name, the default `values` first. */
export const CHECKS: readonly CaseCheck[] = [
  valuesCheck,
  miniBatchesCheck,
  ...TF_CHECKS,
  gradientConsistencyCheck,
  differenceVerdictCheck,
  batchnormSequenceCheck,
];

/** The check called `name` (default `values`), or undefined when there is none. */
export function findCheck(name = "values"): CaseCheck | undefined {
  return CHECKS.find((c) => c.name === name);
}
