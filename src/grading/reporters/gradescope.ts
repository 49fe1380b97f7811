/**
 * Gradescope's `results.json` from the result model: the total, and one test per case named
 * `assignment › function › [case id]`, with its points, status and message. Hidden cases are shown
 * as `hiddenVisibility` says (default `after_published`); their messages never hold expected values.
 * The schema is `schemas/gradescope-results.schema.json`.
 */
import type { GradeResult } from "../result";
import { unimplementedSummary } from "../unimplemented";

/** When Gradescope shows a test to the student. */
export type GradescopeVisibility = "hidden" | "after_due_date" | "after_published" | "visible";

/** Every visibility Gradescope accepts, for option checking. */
export const GRADESCOPE_VISIBILITIES: readonly GradescopeVisibility[] = ["hidden", "after_due_date", "after_published", "visible"];

/** One test of Gradescope's results.json. */
export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  visibility: GradescopeVisibility;
}

/** Gradescope's results.json. */
export interface GradescopeResults {
  score: number;
  output: string;
  visibility: GradescopeVisibility;
  stdout_visibility: GradescopeVisibility;
  tests: GradescopeTest[];
}

/** results.json for a graded run; `seconds`: the run's wall time. */
export function renderGradescope(result: GradeResult, hiddenVisibility: GradescopeVisibility = "after_published"): string {
  const tests: GradescopeTest[] = [];
  const notes: string[] = [];
  for (const assignment of result.assignments) {
    for (const error of assignment.errors) notes.push(`${assignment.name}: could not grade: ${error}`);
    for (const fn of assignment.functions) {
      const unimplemented = unimplementedSummary(fn);
      for (const c of fn.cases) {
        tests.push({
          name: `${assignment.name} › ${fn.name} › [${c.id}] ${c.description}`,
          score: c.score,
          max_score: c.maxScore,
          status: c.passed ? "passed" : "failed",
          output: c.passed ? "" : (unimplemented ?? c.message),
          visibility: c.visibility === "hidden" ? hiddenVisibility : "visible",
        });
      }
    }
  }
  const summary = [`${result.score}/${result.maxScore} points`, `isolation: ${result.header.isolation.mode}`, ...notes].join("\n");
  const out: GradescopeResults = { score: result.score, output: summary, visibility: "visible", stdout_visibility: "hidden", tests };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** results.json for a run that could not grade (exit code 2 or 3): score 0 and why. */
export function renderGradescopeFailure(reason: string): string {
  const out: GradescopeResults = {
    score: 0,
    output: `The submission could not be graded: ${reason}`,
    visibility: "visible",
    stdout_visibility: "hidden",
    tests: [],
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
