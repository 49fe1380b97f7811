/**
 * The shared shape of the submission-corpus tests: each submission folder in test/submissions is
 * graded end to end through the sandbox and must earn exactly its points, lose exactly its cases
 * with the expected messages, and never show a number in a hidden case's message.
 */
import * as path from "node:path";
import type { TensorflowBackendRequest } from "../../src/course/week3/tf-backend";
import { exitCodeOf, gradeSubmission, type CaseResult, type GradeResult } from "../../src/grading";
import { DEFAULT_BOUNDS, SubmissionClock } from "../../src/grading/bounds";

export const SUBMISSIONS = path.join(__dirname, "..", "submissions");

export interface Expectation {
  /** Folder under test/submissions. */
  dir: string;
  score: number;
  /** Default: 0 for 100 points, else 1. */
  exitCode?: 0 | 1 | 2;
  /** Every case lost, with a pattern its message must match. */
  lost: Record<string, RegExp>;
  /** Cases kept with a note (what the grader cannot verify outside the sandbox), with a pattern the notes must match. */
  notes?: Record<string, RegExp>;
  /**
   * The call bound for this submission instead of the corpus's, where another limit must be the one
   * that ends a call (memory exhaustion slows down under load, and must not be outrun by the clock).
   */
  timeoutMs?: number;
  /**
   * Graded with no other grading of its file beside it (before them): where its outcome is a race
   * between a kernel limit and the call's clock, which the load of gradings side by side would shift.
   */
  alone?: boolean;
}

export interface CorpusOptions {
  assignment: string;
  timeoutMs: number;
  memoryMb: number;
  /** The ids that must be hidden cases. */
  hidden: readonly string[];
  /** Every case id of the assignment: when given, the set is checked and every other case must be public. */
  all?: readonly string[];
  /** What a hidden case's message must never contain (default: expected/received numbers and max |Δ|). */
  leak?: RegExp;
  /** Hidden cases lost (but for "not implemented") must say "(hidden case: …)". */
  hiddenMessagesNameTheCase?: boolean;
  /** The TensorFlow.js backend to grade on (`wasm` or `cpu`: the result header must name it); default: the grader's. */
  tensorflowBackend?: TensorflowBackendRequest;
}

const DEFAULT_LEAK = /expected -?\d|received -?\d|max \|Δ\|/;

/** Every case of a result by id. */
export function casesOf(result: GradeResult): Map<string, CaseResult> {
  return new Map(result.assignments.flatMap((a) => a.functions.flatMap((f) => f.cases.map((c) => [c.id, c] as const))));
}

/** Every case in `ids` lost with a message matching `pattern`. */
export function losing(ids: readonly string[], pattern: RegExp): Record<string, RegExp> {
  return Object.fromEntries(ids.map((id) => [id, pattern]));
}

/**
 * Grades `dir` on the corpus's assignment with its limits. `exactCallBound`: every call may take
 * `timeoutMs` itself, not a bound scaled from the reference's time for the case (a clock that reads
 * no reference timings).
 */
export function gradeCorpusSubmission(dir: string, options: CorpusOptions & { exactCallBound?: boolean }): Promise<GradeResult> {
  return gradeSubmission(path.isAbsolute(dir) ? dir : path.join(SUBMISSIONS, dir), {
    assignments: [options.assignment],
    timeoutMs: options.timeoutMs,
    memoryMb: options.memoryMb,
    tensorflowBackend: options.tensorflowBackend,
    ...(options.exactCallBound ? { clock: new SubmissionClock(DEFAULT_BOUNDS, path.join(SUBMISSIONS, "no-reference-timings")) } : {}),
  });
}

/**
 * How many submissions are graded side by side: each grading waits on its sandboxed child much of the
 * time (starting it, loading the module, call limits), and the gradings are independent.
 */
const SIDE_BY_SIDE = 3;

/**
 * Declares the tests of `expectations`. The submissions are graded once each, all started before the
 * first test: first those graded `alone`, one after the other, then the others `SIDE_BY_SIDE` at a time
 * in the order given. Returns the grading of each `dir`, for further tests on the same result.
 */
export function describeSubmissions(expectations: readonly Expectation[], options: CorpusOptions): (dir: string) => Promise<GradeResult> {
  const gradings = new Map<Expectation, Promise<GradeResult>>();
  beforeAll(() => {
    const grade = ({ dir, timeoutMs }: Expectation) =>
      gradeCorpusSubmission(dir, { ...options, timeoutMs: timeoutMs ?? options.timeoutMs, exactCallBound: timeoutMs !== undefined });
    let before: Promise<unknown> = Promise.resolve();
    for (const expectation of expectations.filter((e) => e.alone)) {
      const grading = before.then(() => grade(expectation));
      before = grading.catch(() => undefined);
      gradings.set(expectation, grading);
    }
    const queue = expectations.filter((e) => !e.alone);
    const settle = new Map<Expectation, (grading: Promise<GradeResult>) => void>();
    for (const expectation of queue) gradings.set(expectation, new Promise((resolve) => settle.set(expectation, resolve)));
    const lane = async (): Promise<void> => {
      await before;
      for (let next = queue.shift(); next; next = queue.shift()) {
        const grading = grade(next);
        settle.get(next)!(grading);
        await grading.catch(() => undefined);
      }
    };
    for (let k = 0; k < SIDE_BY_SIDE; k++) void lane();
    // A grading that fails fails its own tests (below), when they await it.
    for (const grading of gradings.values()) grading.catch(() => undefined);
  });
  const graded = (dir: string): Promise<GradeResult> => gradings.get(expectations.find((e) => e.dir === dir)!)!;

  describe.each(expectations)("$dir", (expectation) => {
    const { score, exitCode, lost, notes } = expectation;
    let result: GradeResult;
    beforeAll(async () => {
      result = await gradings.get(expectation)!;
    }, 60_000);

    const backend = options.tensorflowBackend;
    if (backend === "wasm" || backend === "cpu") {
      test(`the result header names the ${backend} backend`, () => {
        expect(result.header.tensorflow).toEqual(backend === "wasm" ? { backend, simd: expect.any(Boolean) } : { backend, simd: false });
      });
    }

    const expectedExit = exitCode ?? (score === 100 ? 0 : 1);
    test(`scores ${score}/100 with exit code ${expectedExit}`, () => {
      expect(result.score).toBe(score);
      expect(result.maxScore).toBe(100);
      expect(exitCodeOf(result)).toBe(expectedExit);
    });

    test("loses exactly the expected cases, each with its message", () => {
      const cases = casesOf(result);
      if (options.all) expect([...cases.keys()].sort()).toEqual([...options.all].sort());
      const lostIds = [...cases.values()]
        .filter((c) => !c.passed)
        .map((c) => c.id)
        .sort();
      expect(lostIds).toEqual(Object.keys(lost).sort());
      for (const [id, pattern] of Object.entries(lost)) expect(cases.get(id)?.message).toMatch(pattern);
      const noted = [...cases.values()]
        .filter((c) => (c.notes ?? []).length > 0)
        .map((c) => c.id)
        .sort();
      expect(noted).toEqual(Object.keys(notes ?? {}).sort());
      for (const [id, pattern] of Object.entries(notes ?? {})) expect(cases.get(id)?.notes?.join("\n")).toMatch(pattern);
    });

    test("hidden cases never show expected or received numbers", () => {
      const cases = casesOf(result);
      for (const id of options.hidden) expect(cases.get(id)?.visibility).toBe("hidden");
      if (options.all) for (const c of cases.values()) expect(c.visibility).toBe(options.hidden.includes(c.id) ? "hidden" : "public");
      for (const c of cases.values()) {
        if (c.visibility !== "hidden") continue;
        expect(c.message).not.toMatch(options.leak ?? DEFAULT_LEAK);
        if (options.hiddenMessagesNameTheCase && !c.passed && !c.message.startsWith("not implemented")) expect(c.message).toMatch(/\(hidden case: /);
      }
    });
  });
  return graded;
}
