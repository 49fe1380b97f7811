/**
 * The default check: call the graded function once and compare what it returns with the
 * fixture (type → shape → finite → values, naming a known mistake when the answer matches
 * one), then make sure the call left its inputs as they were.
 */
import type { FunctionContract } from "../../contracts";
import { decodeValue } from "../../fixtures/encode";
import type { FixtureCase } from "../../fixtures/types";
import { compareValues, type Mismatch } from "../compare";
import { describeValue, type Described } from "../describe";
import { withoutExpected, type ValueDiff } from "../value-diff";
import { defineCheck, NO_OPTIONS } from "./define-check";
import { ANY } from "./report-schema";
import type { CaseCheck, ProbeContext, Verdict } from "./types";

const EXACT = { atol: 0, rtol: 0 };

/** The fixture's expected value, normalised like a student's. */
export function expectedOf(fixtureCase: FixtureCase): Described {
  return describeValue(decodeValue(fixtureCase.expected, `${fixtureCase.id}/expected`));
}

/** The message of the first known mistake that `received` matches, if any. */
export function likelyMistake(fixtureCase: FixtureCase, received: Described): string | undefined {
  for (const mistake of fixtureCase.mistakes ?? []) {
    const value = describeValue(decodeValue(mistake.expected, `${fixtureCase.id}/mistakes/${mistake.id}`));
    if (!compareValues(value, received, fixtureCase.tolerance)) return mistake.message;
  }
  return undefined;
}

/** Appends the likely mistake and the case's hints. */
export function withAdvice(lines: string[], fixtureCase: FixtureCase, likely?: string): string[] {
  const out = [...lines];
  if (likely) out.push(`likely: ${likely}`);
  for (const hint of fixtureCase.hints ?? []) out.push(`hint: ${hint}`);
  return out;
}

/** A mismatch as message lines; for hidden cases a direction only, never the expected numbers. */
export function mismatchLines(mismatch: Mismatch, fixtureCase: FixtureCase): string[] {
  if (fixtureCase.visibility === "hidden") {
    const safe = mismatch.stage === "values" || mismatch.stage === "finite" ? [] : mismatch.details;
    return [`${mismatch.summary} (hidden case: ${fixtureCase.description})`, ...safe];
  }
  return [mismatch.summary, ...mismatch.details];
}

/** The mismatch's diff as the case may show it: a hidden case's without its expected values. */
export function caseDiff(mismatch: Mismatch, fixtureCase: FixtureCase): ValueDiff | undefined {
  if (!mismatch.diff) return undefined;
  return fixtureCase.visibility === "hidden" ? withoutExpected(mismatch.diff) : mismatch.diff;
}

function isGenerator(arg: unknown): boolean {
  return typeof arg === "object" && arg !== null && "$rng" in arg;
}

/** The first argument the call changed, by parameter name (a generator is meant to change). */
export function mutatedArgument(fixtureCase: FixtureCase, fn: FunctionContract, after: Described[]): string | undefined {
  for (let i = 0; i < fixtureCase.args.length; i++) {
    if (isGenerator(fixtureCase.args[i])) continue;
    const before = describeValue(decodeValue(fixtureCase.args[i], `${fixtureCase.id}/args/${i}`));
    const changed = compareValues(before, after[i], EXACT, fn.params[i] ?? `argument ${i + 1}`);
    if (changed) return changed.path;
  }
  return undefined;
}

/** Compares `received` with the fixture's expected value; undefined when it passes. */
export function judgeValue(fixtureCase: FixtureCase, received: Described): Verdict | undefined {
  const mismatch = compareValues(expectedOf(fixtureCase), received, fixtureCase.tolerance);
  if (!mismatch) return undefined;
  const likely = mismatch.stage === "values" || mismatch.stage === "shape" ? likelyMistake(fixtureCase, received) : undefined;
  const diff = caseDiff(mismatch, fixtureCase);
  return { passed: false, stage: mismatch.stage, lines: withAdvice(mismatchLines(mismatch, fixtureCase), fixtureCase, likely), ...(diff ? { diff } : {}) };
}

/**
 * Passes a case whose values were right; a call that changed an input (as the sandbox reports it, which
 * a submission could forge) earns a note, not a loss of points.
 */
export function judgeUnmutated(fixtureCase: FixtureCase, fn: FunctionContract, argsAfter: Described[]): Verdict {
  const mutated = mutatedArgument(fixtureCase, fn, argsAfter);
  if (mutated) return passedWithNotes([`${fn.name} changed its input ${mutated}: graded functions must not modify their arguments`]);
  return { passed: true, stage: "ok", lines: ["ok"] };
}

/** A passed verdict that carries notes (see `Verdict.notes`); without notes, a plain pass. */
export function passedWithNotes(notes: readonly string[]): Verdict {
  return notes.length === 0 ? { passed: true, stage: "ok", lines: ["ok"] } : { passed: true, stage: "ok", lines: ["ok"], notes: [...notes] };
}

/** What the graded function returns on the case's arguments. */
export function callGraded({ submitted, fn, args }: ProbeContext): unknown {
  return (submitted[fn] as (...a: unknown[]) => unknown)(...args);
}

/** The `values` check, the default when a case names none (see the module comment). */
export const valuesCheck: CaseCheck = defineCheck<Record<string, never>, Described>({
  name: "values",
  options: NO_OPTIONS,
  report: ANY,
  probe: callGraded,
  judge(fixtureCase, fn, returned, argsAfter) {
    return judgeValue(fixtureCase, returned) ?? judgeUnmutated(fixtureCase, fn, argsAfter);
  },
});
