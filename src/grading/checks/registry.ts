/**
 * The checks a case may name in `check`. Adding one: write a `CaseCheck` beside this file and
 * list it here; the schema accepts any name, generation refuses unknown ones.
 */
import type { CaseCheck } from "./types";
import { valuesCheck } from "./values";
import { miniBatchesCheck } from "./mini-batches";

export const CHECKS: readonly CaseCheck[] = [valuesCheck, miniBatchesCheck];

/** The check called `name` (default `values`), or undefined when there is none. */
export function findCheck(name = "values"): CaseCheck | undefined {
  return CHECKS.find((c) => c.name === name);
}
