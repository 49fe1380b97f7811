/**
 * Gradescope's `results.json` from the result model: the total, the run's time, and one test per case
 * named `assignment › function › [case id] description`, with its points, status and message. Hidden
 * cases are shown as `hiddenVisibility` says (default `after_published`); their messages never hold
 * expected values. The total possible points, which the format has no top-level field for, are kept in
 * `extra_data`. The schema is `schemas/gradescope-results.schema.json`.
 */
import { exitCodeOf, type GradeResult } from "../result";
import { unimplementedSummary } from "../unimplemented";

/** When Gradescope shows a test (or the whole result) to the student. */
export type GradescopeVisibility = "hidden" | "after_due_date" | "after_published" | "visible";

/** Every visibility Gradescope accepts, for option checking. */
export const GRADESCOPE_VISIBILITIES: readonly GradescopeVisibility[] = ["hidden", "after_due_date", "after_published", "visible"];

/** One test of Gradescope's results.json: one fixture case. */
export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  visibility: GradescopeVisibility;
}

/** What results.json stores beside the score, for the instructor (Gradescope keeps it as is). */
export interface GradescopeExtraData {
  /** The points the graded cases were worth (0 when nothing could be graded). */
  max_score: number;
  /** The exit code of the grading command: 0 every point, 1 points lost, 2 could not grade, 3 a fault of the grader. */
  exit_code: 0 | 1 | 2 | 3;
  /** The isolation the submission ran in, when it ran at all. */
  isolation?: "strict" | "basic";
}

/** Gradescope's results.json. */
export interface GradescopeResults {
  score: number;
  /** Seconds the grading took, when it ran. */
  execution_time?: number;
  output: string;
  visibility: GradescopeVisibility;
  stdout_visibility: GradescopeVisibility;
  extra_data: GradescopeExtraData;
  tests: GradescopeTest[];
}

/** results.json for a graded run; hidden cases get `hiddenVisibility`, public ones `visible`. */
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
  const out: GradescopeResults = {
    score: result.score,
    execution_time: Math.round(result.ms / 10) / 100,
    output: summary,
    visibility: "visible",
    stdout_visibility: "hidden",
    extra_data: { max_score: result.maxScore, exit_code: exitCodeOf(result), isolation: result.header.isolation.mode },
    tests,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** results.json for a run that could not grade (exit code 2 or 3): score 0 and why. */
export function renderGradescopeFailure(reason: string, exitCode: 2 | 3): string {
  const out: GradescopeResults = {
    score: 0,
    output: `The submission could not be graded: ${reason}`,
    visibility: "visible",
    stdout_visibility: "hidden",
    extra_data: { max_score: 0, exit_code: exitCode },
    tests: [],
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
