/**
 * The check of `randomMiniBatches` (week 2): the `values` comparison of the returned list of
 * `{ X, Y }` batches, with feedback about the list itself. A wrong number of batches (the last,
 * smaller batch dropped or repeated) is reported by batch sizes rather than as a bare list length,
 * and a known mistake is named whatever stage the answer fails at (`values` names it only for
 * wrong numbers or shapes). A Python-style list of `[X, Y]` pairs gets its own message: the probe
 * spots it (once described, pairs of matrices read as a ragged or 4-D array) and reports it by a marker.
 */
import type { FixtureCase } from "../../fixtures/types";
import { compareValues } from "../compare";
import type { Described } from "../describe";
import { defineCheck, NO_OPTIONS } from "./define-check";
import { ANY } from "./report-schema";
import type { CaseCheck } from "./types";
import { callGraded, caseDiff, expectedOf, judgeUnmutated, likelyMistake, mismatchLines, withAdvice } from "./values";

/** What the probe returns instead of a non-empty list of two-item arrays. */
const PAIRS = "$pairsOfXY";
const isArray = Array.isArray; // captured: the probe runs after student code, which may replace it

/** The batches of a described list of `{ X, Y }`, or undefined when it is no list (an empty array is 0 batches). */
function batchesOf(value: Described): Described[] | undefined {
  if (value.kind === "list") return value.items;
  if (value.kind === "tensor" && value.shape.length === 1 && value.shape[0] === 0) return [];
  return undefined;
}

/** A batch's number of examples: the columns of its X, or "?" when it has no 2-D X. */
function sizeOf(batch: Described): string {
  if (batch.kind !== "object") return "?";
  const X = batch.entries.X;
  return X && X.kind === "tensor" && X.shape.length === 2 ? String(X.shape[1]) : "?";
}

const sizes = (batches: Described[]) => (batches.length === 0 ? "none" : batches.map(sizeOf).join(", "));

/** Lines for a list whose structure is wrong (batch count), or undefined to use the generic ones. */
function structureLines(expected: Described[], received: Described, fixtureCase: FixtureCase): string[] | undefined {
  const batches = batchesOf(received);
  if (!batches || batches.length === expected.length) return undefined;
  if (fixtureCase.visibility === "hidden") {
    return [`returned ${batches.length} mini-batches, not the expected number (hidden case: ${fixtureCase.description})`];
  }
  return [`returned ${batches.length} mini-batches (sizes ${sizes(batches)}); expected ${expected.length} (sizes ${sizes(expected)})`];
}

/** `check: "mini-batches"` in a case file. */
export const miniBatchesCheck: CaseCheck = defineCheck<Record<string, never>, Described>({
  name: "mini-batches",
  options: NO_OPTIONS,
  report: ANY,
  probe(context) {
    const result = callGraded(context);
    const pairs = isArray(result) && result.length > 0 && result.every((b) => isArray(b) && b.length === 2);
    return pairs ? { [PAIRS]: true } : result;
  },
  judge(fixtureCase, fn, probed, argsAfter) {
    if (probed.kind === "object" && PAIRS in probed.entries) {
      const lines = ["each mini-batch is a pair [X, Y]: return objects { X, Y } (a Python tuple becomes a named object)"];
      return { passed: false, stage: "type", lines: withAdvice(lines, fixtureCase) };
    }
    const expected = expectedOf(fixtureCase);
    const mismatch = compareValues(expected, probed, fixtureCase.tolerance);
    if (!mismatch) return judgeUnmutated(fixtureCase, fn, argsAfter);
    const expectedBatches = batchesOf(expected) ?? [];
    const lines = structureLines(expectedBatches, probed, fixtureCase) ?? mismatchLines(mismatch, fixtureCase);
    const diff = caseDiff(mismatch, fixtureCase);
    return { passed: false, stage: mismatch.stage, lines: withAdvice(lines, fixtureCase, likelyMistake(fixtureCase, probed)), ...(diff ? { diff } : {}) };
  },
});
