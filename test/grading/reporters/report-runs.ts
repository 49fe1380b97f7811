/**
 * The grading runs every reporter test renders: the answer key (public cases of one small
 * assignment), the blank stubs, a mutant that loses public and hidden cases, a module that does not
 * compile; the CLI on runs that cannot grade; and the check that a hidden case's text holds none of
 * its expected numbers.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { loadCases } from "../../../src/fixtures/load";
import { gradeSubmission, type GradeOptions, type GradeResult } from "../../../src/grading";
import { runAsync } from "../../run-async";

export const ROOT = path.join(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");
const SUBMISSIONS = path.join(ROOT, "test", "submissions");

/** The assignment the runs grade: small and quick. */
export const ASSIGNMENT = "week1/initialization";

const graded = new Map<string, Promise<GradeResult>>();

/**
 * `dir` graded with `options` once per test file (the runs are deterministic); each caller gets a copy
 * of its own, so that no test sees what another did to its result.
 */
async function gradedOnce(dir: string, options: GradeOptions): Promise<GradeResult> {
  const key = JSON.stringify([dir, options]);
  if (!graded.has(key)) graded.set(key, gradeSubmission(dir, options));
  return structuredClone(await graded.get(key)!);
}

/** The answer key on the assignment's public cases: every point. */
export function gradeReference(): Promise<GradeResult> {
  return gradedOnce(path.join(ROOT, "reference"), { assignments: [ASSIGNMENT], visibilities: ["public"] });
}

/** The blank stubs, public and hidden cases: no point, every function not implemented. */
export function gradeBlank(): Promise<GradeResult> {
  return gradedOnce(path.join(SUBMISSIONS, "blank"), { assignments: [ASSIGNMENT] });
}

/** He initialisation scaled by sqrt(1/n): loses its public case (with numbers) and its hidden cases (without). */
export function gradeMutant(): Promise<GradeResult> {
  return gradedOnce(path.join(SUBMISSIONS, "mutants", "he-sqrt-1-over-n"), { assignments: [ASSIGNMENT] });
}

/** A module with a syntax error: every case lost and the assignment not graded (exit code 2). */
export function gradeBroken(): Promise<GradeResult> {
  return gradedOnce(path.join(SUBMISSIONS, "broken", "syntax-error"), { assignments: [ASSIGNMENT], visibilities: ["public"] });
}

/** Runs the CLI from the sources; `env` is added to this process's environment. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
}

/** `runCli`, without blocking: runs of a test file can go side by side. */
export async function runCliAsync(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runAsync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeoutMs: 120_000 });
  return { status: code, stdout, stderr };
}

/** The environment in which strict isolation cannot be had (bubblewrap not found). */
export const WITHOUT_BUBBLEWRAP = { DNN_AUTOGRADER_BWRAP: "/nonexistent/bwrap" };

function numbersIn(value: unknown, out: number[]): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (typeof value === "object" && value !== null) Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

/** The expected values of the assignment's hidden cases that are not whole numbers, by case id. */
export function hiddenExpectedNumbers(): Map<string, number[]> {
  const cases = loadCases(ASSIGNMENT, { visibilities: ["hidden"] });
  return new Map(cases.map((c) => [c.id, numbersIn(c.expected, []).filter((x) => !Number.isInteger(x))]));
}

/**
 * Expects `text` (what a report shows for a hidden case) to hold no decimal number at all, and none of
 * `expected` in any of the ways a message could print it.
 */
export function expectNoExpectedNumbers(text: string, expected: readonly number[]): void {
  expect(text).not.toMatch(/\d\.\d|\de[-+]?\d/);
  for (const x of expected) {
    for (const shown of [String(x), x.toPrecision(6), x.toPrecision(4), x.toExponential(1)]) expect(text).not.toContain(shown);
  }
}
