/**
 * `grade --format json`: the result model itself, with its reproducibility header (versions, fixture
 * hash, seeds by case, isolation and bounds in force), or, for a run that could not grade at all, why.
 * The schema of both is `schemas/grade-result.schema.json`.
 */
import type { GradeResult } from "../result";

/** The result model itself, as `grade DIR --format json` prints it. */
export function renderJson(result: GradeResult): string {
  return JSON.stringify(result, null, 2) + "\n";
}

/** The JSON report of a run that graded nothing (exit code 2 or 3): the reason, the exit code, no points. */
export function renderJsonFailure(reason: string, exitCode: 2 | 3): string {
  return `${JSON.stringify({ error: reason, exitCode, score: 0, maxScore: 0, assignments: [] }, null, 2)}\n`;
}
