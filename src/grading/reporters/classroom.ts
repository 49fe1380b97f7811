/**
 * GitHub Classroom's runner result (what `classroom-resources/autograding-grading-reporter` reads,
 * base64-encoded, from `<RUNNER>_RESULTS`): `version`, `status` (pass, fail or error), `max_score`, and a
 * test per case with its status, score and message. The student pack's workflow encodes it; the schema is
 * `schemas/classroom-results.schema.json`.
 */
import type { GradeResult } from "../result";
import { unimplementedSummary } from "../unimplemented";

/** One test of the runner result. */
export interface ClassroomTest {
  name: string;
  status: "pass" | "fail" | "error";
  score: number;
  max_score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  execution_time: string;
}

/** The runner result. */
export interface ClassroomResults {
  version: 1;
  status: "pass" | "fail" | "error";
  max_score: number;
  tests: ClassroomTest[];
}

/** The runner result of a graded run (hidden cases' messages carry no expected values, as everywhere). */
export function renderClassroom(result: GradeResult): string {
  const tests: ClassroomTest[] = [];
  for (const assignment of result.assignments) {
    for (const fn of assignment.functions) {
      const unimplemented = unimplementedSummary(fn);
      for (const c of fn.cases) {
        tests.push({
          name: `${assignment.name} › ${fn.name} › [${c.id}]`,
          status: c.fault ? "error" : c.passed ? "pass" : "fail",
          score: c.score,
          max_score: c.maxScore,
          message: c.passed ? "" : (unimplemented ?? c.message),
          test_code: `${fn.name} (${c.visibility}): ${c.description}`,
          filename: `student/${assignment.name}.ts`,
          line_no: 0,
          execution_time: c.ms === undefined ? "" : `${(c.ms / 1000).toFixed(3)}s`,
        });
      }
    }
  }
  const errored = result.assignments.some((a) => a.errors.length > 0) || tests.some((t) => t.status === "error");
  const status = errored ? "error" : result.score === result.maxScore ? "pass" : "fail";
  const out: ClassroomResults = { version: 1, status, max_score: result.maxScore, tests };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The runner result of a run that could not grade: status error, one test saying why. */
export function renderClassroomFailure(reason: string): string {
  const test: ClassroomTest = {
    name: "grading",
    status: "error",
    score: 0,
    max_score: 0,
    message: `The submission could not be graded: ${reason}`,
    test_code: "",
    filename: "",
    line_no: 0,
    execution_time: "",
  };
  const out: ClassroomResults = { version: 1, status: "error", max_score: 0, tests: [test] };
  return `${JSON.stringify(out, null, 2)}\n`;
}
