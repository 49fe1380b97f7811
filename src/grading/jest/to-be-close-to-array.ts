/**
 * `expect(received).toBeCloseToArray(expected, { atol, rtol })`: a jest matcher for numeric
 * results (numbers, arrays, matrices, mathjs matrices, typed arrays, named objects of them),
 * with the grader's staged comparison and a message a student can act on:
 *
 *     values differ in W1
 *       shape (4, 2) ok · 3 of 8 differ · max |Δ| 3.1e-2 · max rel 4.2e-2 · tolerance atol 1.0e-8 rtol 1.0e-5
 *       first at [0, 0]: expected 0.48, received 0.4988
 *
 * Defaults match numpy's `allclose`: atol 1e-8, rtol 1e-5.
 */
import { EXPECTED_COLOR, matcherHint, RECEIVED_COLOR } from "jest-matcher-utils";
import type { Tolerance } from "../../fixtures/types";
import { compareValues } from "../compare";
import { describeValue } from "../describe";

/** numpy `allclose`'s tolerance, used for whatever the matcher's caller leaves out. */
export const DEFAULT_TOLERANCE: Tolerance = { atol: 1e-8, rtol: 1e-5 };

/**
 * Numbers printed by mathjs's formatter, 8 significant digits, as numpy prints them. mathjs is
 * loaded only when a message is printed: it takes a good part of a second to load.
 */
function pretty(value: unknown): string {
  try {
    const { format } = require("mathjs") as typeof import("mathjs");
    return format(value as never, { precision: 8 });
  } catch {
    return String(value);
  }
}

/**
 * The matcher itself: passes when `received` matches `expected` within `|r − e| ≤ atol + rtol·|e|`
 * everywhere (NaN only matches NaN); the message reads right under `.not`.
 */
export function toBeCloseToArray(
  this: jest.MatcherContext | void,
  received: unknown,
  expected: unknown,
  tolerance: Partial<Tolerance> = {},
): jest.CustomMatcherResult {
  const tol = { ...DEFAULT_TOLERANCE, ...tolerance };
  const mismatch = compareValues(describeValue(expected), describeValue(received), tol);
  const isNot = Boolean(this && (this as jest.MatcherContext).isNot);
  const hint = matcherHint("toBeCloseToArray", "received", "expected, { atol, rtol }", { isNot });
  if (mismatch) {
    return {
      pass: false,
      message: () =>
        [
          hint,
          "",
          mismatch.summary,
          ...mismatch.details.map((line) => `  ${line}`),
          "",
          `Expected: ${EXPECTED_COLOR(pretty(expected))}`,
          `Received: ${RECEIVED_COLOR(pretty(received))}`,
        ].join("\n"),
    };
  }
  return {
    pass: true,
    message: () =>
      [
        hint,
        "",
        `expected the values to differ, but they agree within atol ${tol.atol} rtol ${tol.rtol}`,
        `Received: ${RECEIVED_COLOR(pretty(received))}`,
      ].join("\n"),
  };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** Numeric closeness with numpy's rule `|a − e| ≤ atol + rtol·|e|` (defaults 1e-8, 1e-5). */
      toBeCloseToArray(expected: unknown, tolerance?: Partial<{ atol: number; rtol: number }>): R;
    }
  }
}
