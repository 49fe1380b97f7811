/**
 * The heat-map of a case lost on its values: a public case shows the expected values beside the
 * received ones with |Δ| in each cell's title; a hidden case shows the received values and where they
 * differ, never an expected value.
 */
import { cellText, heatMap } from "../../../../src/grading/reporters/html/heat-map";
import { valueDiff, withoutExpected } from "../../../../src/grading/value-diff";

const TOL = { atol: 1e-9, rtol: 0 };
const EXPECTED = [0.123456, 2, 3, 4];
const RECEIVED = [0.5, 2, 3, NaN];

test("numbers in cells: three significant digits, exponents for the very large and small, NaN and infinities as words", () => {
  expect(cellText(1.78863)).toBe("1.79");
  expect(cellText(-0.000123)).toBe("-1.2e-4");
  expect(cellText(123456)).toBe("1.2e+5");
  expect(cellText(0)).toBe("0");
  expect(cellText("NaN")).toBe("NaN");
  expect(cellText("-Infinity")).toBe("-Infinity");
});

test("a public case: expected and received grids, the differing cells coloured, their |Δ| in the title", () => {
  const out = heatMap(valueDiff(EXPECTED, RECEIVED, [2, 2], TOL, "W1")!).markup;
  expect(out).toContain('class="heat expected"');
  expect(out).toContain('class="heat received"');
  expect(out).toContain("W1 · shape (2, 2) · 2 of 4 differ · all entries shown · worst at [1, 1]");
  expect(out).toContain('title="[0, 0] expected 0.123, received 0.5, |Δ| 3.8e-1"');
  expect(out).toContain('title="[1, 1] expected 4, received NaN, |Δ| not finite"');
  expect(out.match(/class="differs"/g)).toHaveLength(2);
  expect(out.match(/class="same"/g)!.length).toBeGreaterThanOrEqual(2);
});

test("a hidden case: the received grid alone, where it differs, and no expected value anywhere", () => {
  const out = heatMap(withoutExpected(valueDiff(EXPECTED, RECEIVED, [2, 2], TOL, "W1")!)).markup;
  expect(out).not.toContain('class="heat expected"');
  expect(out).not.toMatch(/expected \d|0\.123|\|Δ\|/);
  expect(out.match(/class="differs"/g)).toHaveLength(2);
  expect(out).toContain("a hidden case shows where, never the expected values");
});

test("a window of a larger tensor says which rows and columns it shows, in the tensor's own indices", () => {
  const n = 20 * 30;
  const expected = new Array<number>(n).fill(0);
  const received = expected.map((_, k) => (k === 2 * 30 * 10 - 1 ? 1 : 0));
  const out = heatMap(valueDiff(expected, received, [2, 10, 30], TOL, "a")!).markup;
  expect(out).toContain("a · shape (2, 10, 30) · 1 of 600 differ · rows 4–19, columns 14–29 shown · worst at [1, 9, 29]");
  expect(out.match(/<tr>/g)).toHaveLength(2 * 17);
});
