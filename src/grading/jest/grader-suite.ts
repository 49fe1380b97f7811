/**
 * The jest front door. A grader file is one call: `defineGraderSuite("week1/initialization")`.
 * It grades the folder in DNN_AUTOGRADER_SUBMISSION (default: `reference/`, or `student/` in
 * the student bundle), one jest test per case titled `[id] description (N pts)`, so students
 * can use watch mode and `-t`. Failures show the grading message alone, without a stack trace.
 */
import * as path from "node:path";
import { findAssignment } from "../../contracts";
import { loadCases } from "../../fixtures/load";
import type { FixtureCase } from "../../fixtures/types";
import { isolationOption } from "../../cli/options";
import { guardGraderProcess } from "../sandbox/guard-grader";
import { GradingSession } from "../session";
import { defaultSubmissionDir, resolveSubmissionDir } from "../submission";

/** A failure whose message is the whole story: jest prints no stack for it. */
class GradingFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GradingFailure";
    this.stack = `${message}`;
  }
}

/**
 * Declares the jest suite of one assignment (e.g. `"week1/initialization"`): one test per fixture case,
 * grouped by function, graded in one sandboxed session (each case on a freshly loaded module, so `-t`
 * gives the same result as a whole run); the call timeout comes from `DNN_AUTOGRADER_TIMEOUT_MS`
 * (default 10 000 ms) and the isolation from `DNN_AUTOGRADER_ISOLATION` (strict, basic or auto, the default).
 */
export function defineGraderSuite(assignmentName: string): void {
  guardGraderProcess();
  const contract = findAssignment(assignmentName);
  const cases = loadCases(assignmentName);
  const dir = resolveSubmissionDir(process.env.DNN_AUTOGRADER_SUBMISSION ?? defaultSubmissionDir());
  const timeoutMs = Number(process.env.DNN_AUTOGRADER_TIMEOUT_MS ?? 10_000);
  const isolation = isolationOption(process.env.DNN_AUTOGRADER_ISOLATION ?? "auto");
  let session: GradingSession;

  beforeAll(() => {
    session = new GradingSession(contract, dir, { timeoutMs, isolation });
  });
  afterAll(() => session?.close());

  describe(`${assignmentName} (${path.relative(process.cwd(), dir) || "."})`, () => {
    for (const fn of contract.functions) {
      const own = cases.filter((c) => c.function === fn.name);
      if (own.length === 0) continue;
      describe(fn.name, () => {
        test.each(own.map((c): [string, FixtureCase] => [`[${c.id}] ${c.description} (${c.points} pts)`, c]))(
          "%s",
          async (_title, fixtureCase) => {
            const result = await session.gradeCase(fixtureCase);
            if (!result.passed) throw new GradingFailure(result.message);
          },
          timeoutMs * 2 + 30_000,
        );
      });
    }
  });
}
