import type { GradeResult } from "../result";

/** The result model itself, as `grade DIR --format json` prints it. */
export function renderJson(result: GradeResult): string {
  return JSON.stringify(result, null, 2) + "\n";
}
