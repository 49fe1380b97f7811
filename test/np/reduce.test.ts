import * as math from "mathjs";
import * as np from "../../src/np";
import type { Matrix } from "../../src/np";
import { maxRelativeError, randomMatrix, randomShape, rngFor, snapshot } from "./helpers";

/**
 * Deterministic values that JS and Python compute identically (only exact-integer arithmetic and
 * one IEEE division per step), so numpy's sums of them are reference values to the last bit.
 * Python: `((i*7919) % 1009 - 504) / 37 / [1,10,100,1000][i%4]`, times 1000 when i % 3 == 0.
 */
function sequence(n: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const v = (((i * 7919) % 1009) - 504) / 37 / [1, 10, 100, 1000][i % 4];
    return i % 3 === 0 ? v * 1000 : v;
  });
}
const reshape = (xs: number[], rows: number, cols: number): Matrix => Array.from({ length: rows }, (_, i) => xs.slice(i * cols, (i + 1) * cols));

// numpy 2.4.6: repr(float(np.sum(np.array(sequence(n))))) — pairwise summation, 8 accumulators, blocks of 128
const NUMPY_SUMS: Record<number, number> = {
  1: -13621.621621621622,
  5: -13622.265135135134,
  7: -13734.58945945946,
  8: -13734.577486486485,
  9: -13726.739648648647,
  15: -22060.36178378378,
  16: -22054.19962162162,
  17: -22052.172594594595,
  127: -14235.8448918919,
  128: -14235.838270270275,
  129: -14233.351783783786,
  255: -6704.250378378385,
  300: -6111.927405405403,
  1000: -1323.6644594594582,
  1031: -13212.158081081076,
  5000: 408.73670270268485,
};

describe("sum follows numpy's summation order bit for bit", () => {
  test.each(Object.keys(NUMPY_SUMS).map(Number))("a row of %i values", (n) => {
    expect(np.sum([sequence(n)])).toBe(NUMPY_SUMS[n]);
    expect(np.sum([sequence(n)], { axis: 1 })).toEqual([NUMPY_SUMS[n]]);
  });

  test("(3, 100): no axis pairwise over the flattened matrix; axis 1 pairwise per row; axis 0 in row order", () => {
    const a = reshape(sequence(300), 3, 100);
    expect(np.sum(a)).toBe(-6111.927405405403);
    expect(np.sum(a, { axis: 1 })).toEqual([-24246.699810810816, 27720.06602702702, -9585.29362162162]);
    expect(np.sum(a, { axis: 0 }).slice(0, 3)).toEqual([-13607.702702702702, 60.91621621621621, 9.207567567567567]);
  });

  test("(10, 300), the course's db = sum(dZ1, axis=1, keepdims=True), and mean", () => {
    const a = reshape(sequence(3000), 10, 300);
    expect(np.sum(a, { axis: 1, keepdims: true })).toEqual(
      [
        -6111.927405405403, 7894.981621621628, -22120.561189189193, 22153.020864864866, -40883.492270270275, 36414.08710810811, -26622.698729729727,
        20135.204945945938, -12388.930027027016, 4126.298459459462,
      ].map((v) => [v]),
    );
    expect(np.sum(a)).toBe(-17404.01662162161);
    expect(np.mean(a)).toBe(-5.80133887387387);
    expect(np.mean(a, { axis: 1 }).slice(0, 3)).toEqual([-20.373091351351345, 26.316605405405426, -73.73520396396398]);
  });

  test("nansum reads NaN as 0 (numpy: 5806.657540540542 with every 7th of 300 values NaN)", () => {
    const xs = sequence(300).map((v, i) => (i % 7 === 0 ? NaN : v));
    expect(np.nansum([xs])).toBe(5806.657540540542);
    expect(np.sum([xs])).toBeNaN();
  });

  test("a sum of negative zeros is +0, as numpy's (it adds to an initial 0)", () => {
    expect(Object.is(np.sum([[-0, -0, -0, -0, -0, -0, -0, -0, -0]]), 0)).toBe(true);
    expect(Object.is(np.sum([[-0], [-0]], { axis: 0 })[0], 0)).toBe(true);
  });
});

describe.each(["sum", "mean", "nansum"] as const)("%s against mathjs", (name) => {
  const fn = np[name];
  const oracle = (a: Matrix, axis?: 0 | 1): unknown =>
    name === "mean" ? (axis === undefined ? math.mean(a) : math.mean(a, axis)) : axis === undefined ? math.sum(a) : math.sum(a, axis);

  test("every axis and keepdims on random shapes, including 1×1, 1×n and n×1", () => {
    const rng = rngFor(name);
    for (let n = 0; n < 40; n++) {
      const [r, c] =
        n < 3
          ? (
              [
                [1, 1],
                [1, 40],
                [40, 1],
              ] as const
            )[n]
          : randomShape(rng, 40);
      const a = randomMatrix(rng, r, c);
      const unchanged = snapshot(a);
      // mathjs sums in order, numpy pairwise: they may differ by rounding only
      expect(maxRelativeError(fn(a), oracle(a))).toBeLessThan(1e-12);
      expect(maxRelativeError(fn(a, { axis: 0 }), oracle(a, 0))).toBeLessThan(1e-12);
      expect(maxRelativeError(fn(a, { axis: 1 }), oracle(a, 1))).toBeLessThan(1e-12);
      expect(fn(a, { keepdims: true })).toEqual([[fn(a)]]);
      expect(fn(a, { axis: 0, keepdims: true })).toEqual([fn(a, { axis: 0 })]);
      expect(fn(a, { axis: 1, keepdims: true })).toEqual(fn(a, { axis: 1 }).map((v) => [v]));
      unchanged();
    }
  });

  test("a bad axis or argument is a clear error", () => {
    expect(() => fn([[1]], { axis: 2 as never })).toThrow(`${name}: axis must be 0, 1 or undefined, got 2`);
    expect(() => fn([1, 2] as never)).toThrow(`${name}: a is not a matrix: expected number[][], but row 0 is a number`);
  });
});

test("mean of an empty reduction is NaN, as numpy's", () => {
  expect(np.mean([[], []])).toBeNaN();
});
