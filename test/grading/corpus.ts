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

export function describeSubmissions(expectations: readonly Expectation[], options: CorpusOptions): void {
  describe.each(expectations)("$dir", ({ dir, score, exitCode, lost, notes, timeoutMs }) => {
    let result: GradeResult;
    beforeAll(async () => {
      result = await gradeCorpusSubmission(dir, { ...options, timeoutMs: timeoutMs ?? options.timeoutMs, exactCallBound: timeoutMs !== undefined });
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
}
