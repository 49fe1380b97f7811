/**
 * The heat-map's data: a window of at most 16 × 16 cells around the worst mismatch, flags per cell,
 * non-finite numbers as strings, and a hidden case's copy without its expected values.
 */
import { compareValues } from "../../src/grading/compare";
import { describeValue } from "../../src/grading/describe";
import { DIFF_WINDOW, matrixView, valueDiff, withoutExpected } from "../../src/grading/value-diff";

const TOL = { atol: 1e-9, rtol: 0 };

function grid(rows: number, cols: number, at: (i: number, j: number) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.push(at(i, j));
  return out;
}

test("a tensor seen as a matrix: its last axis the columns, the others folded into rows", () => {
  expect(matrixView([])).toEqual({ rows: 1, cols: 1 });
  expect(matrixView([5])).toEqual({ rows: 1, cols: 5 });
  expect(matrixView([2, 3, 4])).toEqual({ rows: 6, cols: 4 });
});

test("equal within the tolerance: no diff", () => {
  expect(valueDiff([1, 2], [1, 2 + 1e-12], [1, 2], TOL, "W1")).toBeUndefined();
});

test("a small matrix is shown whole: every cell, flagged where it differs, the worst one named", () => {
  const expected = [1, 2, 3, 4, 5, 6];
  const received = [1, 2.5, 3, 4, 5, 9];
  const diff = valueDiff(expected, received, [2, 3], TOL, "W1")!;
  expect(diff).toEqual({
    path: "W1",
    shape: [2, 3],
    rows: 2,
    cols: 3,
    rowStart: 0,
    colStart: 0,
    received: [
      [1, 2.5, 3],
      [4, 5, 9],
    ],
    expected: [
      [1, 2, 3],
      [4, 5, 6],
    ],
    differs: [
      [false, true, false],
      [false, false, true],
    ],
    worst: [1, 2],
    differing: 2,
    total: 6,
  });
});

test("a large matrix: a 16 × 16 window as centred on the worst cell as the bounds allow", () => {
  const expected = grid(40, 50, () => 0);
  const received = grid(40, 50, (i, j) => (i === 30 && j === 45 ? 7 : i === 2 && j === 3 ? 1 : 0));
  const diff = valueDiff(expected, received, [40, 50], TOL, "")!;
  expect(diff.worst).toEqual([30, 45]);
  expect([diff.rowStart, diff.colStart]).toEqual([22, 34]);
  expect(diff.received).toHaveLength(DIFF_WINDOW);
  expect(diff.received.every((row) => row.length === DIFF_WINDOW)).toBe(true);
  expect(diff.received[30 - 22][45 - 34]).toBe(7);
  expect(diff.differs.flat().filter(Boolean)).toHaveLength(1);
  expect(diff.differing).toBe(2);
  expect(diff.total).toBe(2000);
});

test("NaN and infinities: strings in the window, and a non-finite mismatch is the worst", () => {
  const diff = valueDiff([1, 2, 3], [100, NaN, -Infinity], [3], TOL, "b")!;
  expect(diff.received).toEqual([[100, "NaN", "-Infinity"]]);
  expect(diff.worst).toEqual([0, 1]);
  expect(diff.differs).toEqual([[true, true, true]]);
});

test("compareValues carries the diff at the values and finite stages, for the first key that differs", () => {
  const expected = describeValue({ W1: [[1, 2]], b1: [[0]] });
  const values = compareValues(expected, describeValue({ W1: [[1, 3]], b1: [[1]] }), TOL);
  expect(values?.diff).toMatchObject({ path: "W1", received: [[1, 3]], differs: [[false, true]] });
  const finite = compareValues(expected, describeValue({ W1: [[NaN, 2]], b1: [[0]] }), TOL);
  expect(finite?.stage).toBe("finite");
  expect(finite?.diff).toMatchObject({ path: "W1", received: [["NaN", 2]] });
  expect(compareValues(expected, describeValue({ W1: [[1, 2, 3]], b1: [[0]] }), TOL)?.diff).toBeUndefined();
});

test("a hidden case's diff keeps where and how many, never the expected values", () => {
  const diff = withoutExpected(valueDiff([0.123456], [0.5], [], TOL, "")!);
  expect(diff).not.toHaveProperty("expected");
  expect(JSON.stringify(diff)).not.toContain("0.123456");
  expect(diff.differs).toEqual([[true]]);
});
