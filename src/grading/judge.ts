/**
 * Judges one case from data: what the sandbox reported for the student's call, against the
 * fixture. Stages, each with its own message: returns → type → shape → finite → values →
 * inputs unmutated. (exported and callable are judged from the module's export list, in `session`.)
 */
import type { FunctionContract } from "../contracts";
import { decodeValue } from "../fixtures/encode";
import type { FixtureCase } from "../fixtures/types";
import { compareValues, type Mismatch } from "./compare";
import { describe, type Described } from "./describe";
import type { CallOutcome } from "./sandbox/sandbox";

export interface Verdict {
  passed: boolean;
  /** "ok" or the first failing stage. */
  stage: string;
  /** Lines: the first is the summary; hidden cases carry no numbers. */
  lines: string[];
}

const EXACT = { atol: 0, rtol: 0 };

/** The fixture's expected value, normalised like a student's. */
export function expectedOf(fixtureCase: FixtureCase): Described {
  return describe(decodeValue(fixtureCase.expected, `${fixtureCase.id}/expected`));
}

function likelyMistake(fixtureCase: FixtureCase, received: Described): string | undefined {
  for (const mistake of fixtureCase.mistakes ?? []) {
    const value = describe(decodeValue(mistake.expected, `${fixtureCase.id}/mistakes/${mistake.id}`));
    if (!compareValues(value, received, fixtureCase.tolerance)) return mistake.message;
  }
  return undefined;
}

function notImplemented(message: string): boolean {
  return /not implemented/i.test(message);
}

function withAdvice(lines: string[], fixtureCase: FixtureCase, likely?: string): string[] {
  const out = [...lines];
  if (likely) out.push(`likely: ${likely}`);
  for (const hint of fixtureCase.hints ?? []) out.push(`hint: ${hint}`);
  return out;
}

function mismatchLines(mismatch: Mismatch, fixtureCase: FixtureCase): string[] {
  if (fixtureCase.visibility === "hidden") {
    // Direction only: which part and which kind of problem, never the expected numbers.
    const safe = mismatch.stage === "values" || mismatch.stage === "finite" ? [] : mismatch.details;
    return [`${mismatch.summary} (hidden case: ${fixtureCase.description})`, ...safe];
  }
  return [mismatch.summary, ...mismatch.details];
}

/** Which argument the call changed, if any (a RandomState is expected to change). */
function mutatedArgument(fixtureCase: FixtureCase, fn: FunctionContract, after: Described[]): string | undefined {
  for (let i = 0; i < fixtureCase.args.length; i++) {
    if (isGenerator(fixtureCase.args[i])) continue;
    const before = describe(decodeValue(fixtureCase.args[i], `${fixtureCase.id}/args/${i}`));
    const changed = compareValues(before, after[i], EXACT, fn.params[i] ?? `argument ${i + 1}`);
    if (changed) return changed.path;
  }
  return undefined;
}

function isGenerator(arg: unknown): boolean {
  return typeof arg === "object" && arg !== null && "$rng" in arg;
}

export function judge(fixtureCase: FixtureCase, fn: FunctionContract, outcome: CallOutcome): Verdict {
  switch (outcome.kind) {
    case "threw":
      return notImplemented(outcome.message)
        ? { passed: false, stage: "returns", lines: [`not implemented yet (${fn.name} throws: ${outcome.message})`] }
        : { passed: false, stage: "returns", lines: withAdvice([`${fn.name} threw ${outcome.message}`], fixtureCase) };
    case "timeout":
      return { passed: false, stage: "returns", lines: [`${fn.name} did not return within ${outcome.ms} ms (an endless loop?)`] };
    case "crashed":
      return { passed: false, stage: "returns", lines: [`the student process ${outcome.message}`] };
    case "returned": {
      const mismatch = compareValues(expectedOf(fixtureCase), outcome.value, fixtureCase.tolerance);
      if (mismatch) {
        const likely = mismatch.stage === "values" || mismatch.stage === "shape" ? likelyMistake(fixtureCase, outcome.value) : undefined;
        return { passed: false, stage: mismatch.stage, lines: withAdvice(mismatchLines(mismatch, fixtureCase), fixtureCase, likely) };
      }
      const mutated = mutatedArgument(fixtureCase, fn, outcome.argsAfter);
      if (mutated) {
        return {
          passed: false,
          stage: "unmutated",
          lines: [`${fn.name} returned the right values but changed its input ${mutated}: graded functions must not modify their arguments`],
        };
      }
      return { passed: true, stage: "ok", lines: ["ok"] };
    }
  }
}
