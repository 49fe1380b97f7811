/**
 * The result model: one tree that every reporter renders. `grade DIR --format json` prints it as is.
 * Scores are points earned; every case is all-or-nothing.
 */
import type { Visibility } from "../fixtures/types";
import type { Stage } from "./checks/types";
import type { ValueDiff } from "./value-diff";

/** The result of one fixture case: all of its points or none, with the message shown to the student. */
export interface CaseResult {
  id: string;
  visibility: Visibility;
  description: string;
  passed: boolean;
  score: number;
  maxScore: number;
  /** "ok", or what failed and why (for hidden cases: a direction, never the expected numbers). */
  message: string;
  /** The first stage that failed ("exported", "returns", "shape", "values", …), or "ok". */
  stage?: Stage;
  /** Wall time of the call, measured by the grader, in milliseconds. */
  ms?: number;
  /** Set when the grader failed on this case: the run exits 3 and the score is not a grade. */
  fault?: boolean;
  /** Set when the function is not written yet (not exported, or its stub throws "not implemented"): reports say so once per function. */
  unimplemented?: boolean;
  /** Findings the grader could not verify outside the submission's process: shown, never scored. */
  notes?: string[];
  /**
   * Where a returned tensor differs from the expected one, when the values were compared: a window of
   * at most 16 × 16 cells around the worst mismatch with the received values and a flag per cell; the
   * expected values for public cases only.
   */
  diff?: ValueDiff;
}

/** The cases of one graded function and their summed points. */
export interface FunctionResult {
  name: string;
  score: number;
  maxScore: number;
  cases: CaseResult[];
}

/** The graded functions of one assignment, their summed points, and what stopped grading. */
export interface AssignmentResult {
  name: string;
  score: number;
  maxScore: number;
  functions: FunctionResult[];
  /** Reasons this assignment could not be graded fully (module missing, does not compile, export missing). */
  errors: string[];
}

/** What it takes to reproduce a grading run. */
export interface ResultHeader {
  tool: string;
  version: string;
  node: string;
  /** sha256 of fixtures/manifest.json: which fixtures graded this. */
  fixtures: string;
  submission: string;
  /** Seeds used by the cases, by case id (derived seeds included). */
  seeds: Record<string, number[]>;
  gradedAt: string;
  /** The isolation in force: `strict` or `basic`, and the layers it stood on. */
  isolation: { mode: "strict" | "basic"; layers: string[] };
  /** The time bounds in force, ms. */
  bounds: { assignmentMs: number; submissionMs: number; callMaxMs: number };
  /**
   * The TensorFlow.js backend that ran the TensorFlow assignment (present when its module loaded):
   * `wasm` (WebAssembly, `simd` when its SIMD build) or `cpu`, with `fallback` saying why WebAssembly
   * did not start when the CPU backend stood in for it.
   */
  tensorflow?: { backend: "wasm" | "cpu"; simd: boolean; fallback?: string };
}

/** The whole result of grading a submission: the root of the model every reporter renders and `--format json` prints. */
export interface GradeResult {
  header: ResultHeader;
  score: number;
  maxScore: number;
  /** Wall time of the whole run (every assignment, side by side), measured by the grader, in milliseconds. */
  ms: number;
  assignments: AssignmentResult[];
}

/** 0 every point earned, 1 points lost, 2 could not grade something, 3 a fault of the grader. */
export function exitCodeOf(result: GradeResult): 0 | 1 | 2 | 3 {
  if (result.assignments.some((a) => a.functions.some((f) => f.cases.some((c) => c.fault)))) return 3;
  if (result.assignments.some((a) => a.errors.length > 0)) return 2;
  return result.score === result.maxScore ? 0 : 1;
}

/** The total `score` and `maxScore` of `items`, rounded with `roundPoints`. */
export function sumScores<T extends { score: number; maxScore: number }>(items: readonly T[]): { score: number; maxScore: number } {
  return {
    score: roundPoints(items.reduce((s, i) => s + i.score, 0)),
    maxScore: roundPoints(items.reduce((s, i) => s + i.maxScore, 0)),
  };
}

/** Points are kept to 1e-6 so that fractional points add up without float noise. */
export function roundPoints(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
