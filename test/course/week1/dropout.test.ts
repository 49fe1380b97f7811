import { dropoutMask, linearDropoutReluBackward, maskAndScale, reluBackward } from "../../../src/course/week1/dropout";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import { RandomState } from "../../../src/random";

/** Element by element with Object.is, so −0 against +0 and NaN against NaN count. */
function expectSameBits(actual: Matrix, expected: Matrix): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    expect(row.length).toBe(expected[i].length);
    row.forEach((v, j) => {
      if (!Object.is(v, expected[i][j])) throw new Error(`[${i}][${j}]: ${v} but the numpy expression gives ${expected[i][j]}`);
    });
  });
}

// Edge values, five columns so both the four-a-turn loop and its remainder see them.
const A: Matrix = [
  [0, -0, 1, -2.5, 1e308],
  [NaN, Infinity, -Infinity, 5e-324, 0.3],
  [0.1, 0.2, 0.7, -1e-300, 3],
];
const D: Matrix = [
  [1, 1, 0, 0, 1],
  [0, 0, 1, 1, 1],
  [1, 0, 1, 0, 1],
];

test("maskAndScale is (A * D) / keepProb: a multiplication then a division, numpy's two roundings", () => {
  for (const keepProb of [0.86, 0.7, 0.5, 1 / 3, 1e-310, -0.5, 0, NaN]) {
    expectSameBits(maskAndScale(A, D, keepProb), np.divide(np.multiply(A, D), keepProb));
  }
  // Not a multiplication by 1/keepProb: for 0.01 / 0.86 the two round differently.
  expect(maskAndScale([[0.01]], [[1]], 0.86)[0][0]).toBe(0.01 / 0.86);
  expect(0.01 / 0.86).not.toBe(0.01 * (1 / 0.86));
});

test("maskAndScale of shapes that broadcast is numpy's, and returns a new matrix", () => {
  expectSameBits(maskAndScale(A, [[1], [0], [1]], 0.8), np.divide(np.multiply(A, [[1], [0], [1]]), 0.8));
  const out = maskAndScale(A, D, 0.8);
  expect(out).not.toBe(A);
  expect(() => maskAndScale(A, [[1, 0]], 0.8)).toThrow(RangeError);
});

test("maskAndScale with reuse writes the same bits into A's own rows and returns A", () => {
  const expected = np.divide(np.multiply(A, D), 0.86);
  const temporary = A.map((row) => [...row]);
  const rows = [...temporary];
  const out = maskAndScale(temporary, D, 0.86, true);
  expect(out).toBe(temporary);
  out.forEach((row, i) => expect(row).toBe(rows[i]));
  expectSameBits(out, expected);
  // Shapes that broadcast still give a new matrix, A untouched.
  const kept = A.map((row) => [...row]);
  expect(maskAndScale(kept, [[1], [0], [1]], 0.8, true)).not.toBe(kept);
  expectSameBits(kept, A);
});

test("reluBackward is np.multiply(dA, np.int64(A > 0)), NaN and −0 included", () => {
  const dA: Matrix = [
    [1, -1, Infinity, NaN, -0],
    [2, -3, -Infinity, NaN, 4],
    [-0.5, 0.25, 1e-320, -7, 8],
  ];
  expectSameBits(reluBackward(dA, A), np.multiply(dA, np.greater(A, 0)));
  expectSameBits(reluBackward(dA, [[1, 0, 1, 0, 1]]), np.multiply(dA, np.greater([[1, 0, 1, 0, 1]], 0)));
});

test("dropoutMask is rand(rows, cols) < keepProb, for a RandomState and for any other generator", () => {
  expect(dropoutMask(new RandomState(1), 20, 211, 0.86)).toEqual(np.less(new RandomState(1).rand(20, 211), 0.86));
  class Halves extends RandomState {
    override rand(): number;
    override rand(n: number): number[];
    override rand(rows: number, cols: number): number[][];
    override rand(...dims: number[]): number | number[] | number[][] {
      return np.full(dims[0], dims[1], 0.5);
    }
  }
  expect(dropoutMask(new Halves(1), 2, 3, 0.5)).toEqual(np.zeros(2, 3));
  expect(dropoutMask(new Halves(1), 2, 3, 0.6)).toEqual(np.ones(2, 3));
});

test("linearDropoutReluBackward is dA = W.T·dZ, dA * D, dA / keepProb, then dA * (A > 0)", () => {
  const rng = new RandomState(4);
  const W = rng.randn(2, 3);
  const dZ = rng.randn(2, 5);
  dZ[0][1] = Infinity;
  dZ[1][3] = NaN;
  for (const keepProb of [0.86, 0.5, 1 / 3]) {
    const [dA, dZprev] = linearDropoutReluBackward(W, dZ, D, keepProb, A);
    const expectedDA = np.divide(np.multiply(np.dotTN(W, dZ), D), keepProb);
    expectSameBits(dA, expectedDA);
    expectSameBits(dZprev, np.multiply(expectedDA, np.greater(A, 0)));
  }
  const [dA, dZprev] = linearDropoutReluBackward(W, dZ, [[1], [0], [1]], 0.5, A);
  expectSameBits(dA, np.divide(np.multiply(np.dotTN(W, dZ), [[1], [0], [1]]), 0.5));
  expectSameBits(dZprev, np.multiply(dA, np.greater(A, 0)));
});
