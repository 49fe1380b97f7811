/**
 * A check decides one case. It has two halves, because student code runs in the sandbox and
 * expected values never leave the grading process:
 * - `probe` runs in the sandbox with the student's module: it calls what it needs (the graded
 *   function, perhaps the student's forward on perturbed inputs) and returns plain data;
 * - `judge` runs in the grading process: it compares that data with the fixture.
 * A case names its check in `check` (default `values`) and may pass `checkOptions`. A check is
 * declared with `defineCheck` (./define-check), which states the JSON schemas of its options and of
 * its probe's report.
 */
import type { FunctionContract } from "../../contracts";
import type { FixtureCase } from "../../fixtures/types";
import type { MismatchStage } from "../compare";
import type { Described } from "../describe";
import type { ValueDiff } from "../value-diff";

/** What a check's `probe` (in the sandbox) and `expected` (at fixture generation) are given. */
export interface ProbeContext<Options = unknown> {
  /** The student's module exports. */
  submitted: Record<string, unknown>;
  /** The graded function's name. */
  fn: string;
  /** The case's decoded arguments (the probe may call with copies of them). */
  args: unknown[];
  /** The case's `checkOptions`, decoded (validated against the check's options schema in the grading process). */
  options: Options;
}

/**
 * Where a case was decided, in the order the stages are tried: the module and the export, the call, the
 * comparison of what came back (`MismatchStage`), then what a check adds (what was printed, a gradient
 * check's verdict and magnitude, consistency, Glorot statistics and the seed's determinism), the time bounds and the grader itself.
 */
export type Stage =
  | "ok"
  | "exported"
  | "callable"
  | "returns"
  | MismatchStage
  | "printed"
  | "verdict"
  | "magnitude"
  | "consistency"
  | "statistics"
  | "seed"
  | "time"
  | "judge"
  | "check";

/** The decision on one case, in the grading process: passed or not, the stage, and the message lines. */
export interface Verdict {
  passed: boolean;
  /** "ok" or the first failing stage. */
  stage: Stage;
  /** Lines: the first is the summary; hidden cases carry no numbers. */
  lines: string[];
  /** Set when the grader itself failed on this case (exit code 3), never the submission. */
  fault?: boolean;
  /**
   * Findings that only the submission's own process could attest (inputs left unchanged, tensors
   * disposed, parameters being tf.Variables, gradients reaching them): shown, never scored, since a
   * submission could forge them.
   */
  notes?: string[];
  /** Where a returned tensor differs (a window around the worst mismatch); a hidden case's holds no expected value. */
  diff?: ValueDiff;
}

/**
 * A check a case can name in `check`, listed in `CHECKS`, as `defineCheck` makes it: a probe in the
 * sandbox, a judge in the grading process, optionally its own expected value, and the JSON schemas
 * that its options and its probe's report are validated against (by `./check-schemas`, in the
 * grading process only) before the judge sees them.
 */
export interface CaseCheck {
  name: string;
  /** The JSON schema (ajv) of the case's decoded `checkOptions` (an absent `checkOptions` is `{}`). */
  optionsSchema: object;
  /** The JSON schema (ajv) of the probe's report once normalised by `describe` (a `Described` value). */
  reportSchema: object;
  /** The stage a malformed report fails at (default `returns`). */
  reportStage?: Stage;
  /** In the sandbox: returns data for `judge` (it is normalised with `describe` before it crosses). */
  probe(context: ProbeContext): unknown;
  /**
   * Optional, at fixture generation: the case's `expected`, computed with the reference module as
   * `submitted` (default: what the graded function returns on the case's arguments). A known
   * mistake's output is computed the same way, with the mistake in place of the graded function.
   */
  expected?(context: ProbeContext): unknown;
  /**
   * In the grading process: the verdict from the probe's report (already validated against
   * `reportSchema`), the arguments after the call and the case's options (validated against `optionsSchema`).
   */
  judge(fixtureCase: FixtureCase, fn: FunctionContract, report: Described, argsAfter: Described[], options: unknown): Verdict;
}
