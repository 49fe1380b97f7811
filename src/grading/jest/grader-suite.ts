/**
 * The jest front door. A grader file is one call: `defineGraderSuite("week1/initialization")`.
 * It grades the folder in DNN_AUTOGRADER_SUBMISSION (default: `reference/`, or `student/` in
 * a student pack), one jest test per case titled `[id] description (N pts)`, so students
 * can use watch mode and `-t`. Failures show the grading message alone, without a stack trace.
 */
import * as path from "node:path";
import { findAssignment } from "../../contracts";
import { loadCases } from "../../fixtures/load";
import type { FixtureCase } from "../../fixtures/types";
import { isolationOption } from "../../cli/options";
import { guardGraderProcess } from "../sandbox/guard-grader";
import { DEFAULT_BOUNDS, SubmissionClock } from "../bounds";
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

/** Where a grader suite finds what it grades; each default can also come from the environment. */
export interface GraderSuiteOptions {
  /** The submission folder (default: `DNN_AUTOGRADER_SUBMISSION`, else `reference/` in this checkout or `./student`). */
  submissionDir?: string;
  /** The fixtures folder (default: `DNN_AUTOGRADER_FIXTURES`, else this package's `fixtures/`, or `./fixtures`). */
  fixturesDir?: string;
}

/**
 * Declares the jest suite of one assignment (e.g. `"week1/initialization"`): one test per fixture case,
 * grouped by function, graded in one sandboxed session (each case on a freshly loaded module, so `-t`
 * gives the same result as a whole run); the call timeout comes from `DNN_AUTOGRADER_TIMEOUT_MS`
 * (default 10 000 ms) and the isolation from `DNN_AUTOGRADER_ISOLATION` (strict, basic or auto, the default).
 * A function that is not written yet fails its first case with that news and its other cases with a
 * pointer to it, so the message is read once.
 */
export function defineGraderSuite(assignmentName: string, options: GraderSuiteOptions = {}): void {
  guardGraderProcess();
  const contract = findAssignment(assignmentName);
  const fixturesDir = options.fixturesDir ?? process.env.DNN_AUTOGRADER_FIXTURES;
  const cases = loadCases(assignmentName, fixturesDir ? { fixturesDir } : {});
  const dir = resolveSubmissionDir(options.submissionDir ?? process.env.DNN_AUTOGRADER_SUBMISSION ?? defaultSubmissionDir());
  const timeoutMs = Number(process.env.DNN_AUTOGRADER_TIMEOUT_MS ?? 10_000);
  const isolation = isolationOption(process.env.DNN_AUTOGRADER_ISOLATION ?? "auto");
  let session: GradingSession;

  beforeAll(() => {
    const clock = fixturesDir ? new SubmissionClock(DEFAULT_BOUNDS, fixturesDir) : undefined;
    session = new GradingSession(contract, dir, { timeoutMs, isolation, clock });
  });
  afterAll(() => session?.close());

  describe(`${assignmentName} (${path.relative(process.cwd(), dir) || "."})`, () => {
    for (const fn of contract.functions) {
      const own = cases.filter((c) => c.function === fn.name);
      if (own.length === 0) continue;
      describe(fn.name, () => {
        let unimplementedShown = false;
        const points = own.reduce((sum, c) => sum + c.points, 0);
        test.each(own.map((c): [string, FixtureCase] => [`[${c.id}] ${c.description} (${c.points} pts)`, c]))(
          "%s",
          async (_title, fixtureCase) => {
            const result = await session.gradeCase(fixtureCase);
            if (result.passed) return;
            if (!result.unimplemented) throw new GradingFailure(result.message);
            if (unimplementedShown) throw new GradingFailure(`${fn.name} is not implemented yet (see its first case)`);
            unimplementedShown = true;
            const count = own.length === 1 ? "1 case" : `all ${own.length} cases`;
            throw new GradingFailure(`${result.message}\n${count} of ${fn.name} (${points} points) fail until it is written`);
          },
          timeoutMs * 2 + 30_000,
        );
      });
    }
  });
}
