import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeCircles } from "../../src/datasets";
import { RandomState } from "../../src/random";

/**
 * V8's Math.sin/cos/log are not glibc's: each may differ by one ulp (here 15 of the 350 course
 * angles, and 2–5% of the noise normals), so a few coordinates differ from numpy in the last bit.
 * Coordinates are compared to 1e-15 absolute + 1e-15 relative; labels exactly.
 */
const TOL = 1e-15;
const data = JSON.parse(readFileSync(join(__dirname, "..", "data", "numpy-datasets.json"), "utf8"));

function expectMatrixClose(got: number[][], expected: number[][]): void {
  expect(got.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  expected.forEach((row, r) =>
    row.forEach((e, c) => {
      if (!(Math.abs(got[r][c] - e) <= TOL + TOL * Math.abs(e))) throw new Error(`[${r}, ${c}]: expected ${e}, received ${got[r][c]}`);
    }),
  );
}

describe("makeCircles", () => {
  test("odd n: n // 2 outer points, factor 0.5, matches numpy (seed 4)", () => {
    const expected = data.extra["circles(7, noise 0.1, factor 0.5) seed 4"];
    const { X, Y } = makeCircles(7, 0.1, 0.5, new RandomState(4));
    expectMatrixClose(X, expected.X);
    expect(Y).toEqual(expected.Y);
    expect(Y[0].filter((y) => y === 0)).toHaveLength(3);
  });

  test("noise 0: the points lie on the two circles, radius 1 for class 0 and factor for class 1", () => {
    const { X, Y } = makeCircles(10, 0, 0.3, new RandomState(0));
    expect(X).toHaveLength(2);
    Y[0].forEach((y, i) => expect(Math.hypot(X[0][i], X[1][i])).toBeCloseTo(y === 0 ? 1 : 0.3, 14));
  });

  test("draws a shuffle of n, then a (n, 2) normal, from rng", () => {
    const rng = new RandomState(9);
    makeCircles(6, 0.1, undefined, rng);
    const same = new RandomState(9);
    same.permutation(6);
    same.normal(0, 0.1, [6, 2]);
    expect(rng.next32()).toBe(same.next32());
  });

  test("default factor is 0.8", () => {
    expect(makeCircles(8, 0.02, undefined, new RandomState(1))).toEqual(makeCircles(8, 0.02, 0.8, new RandomState(1)));
  });

  test("n = 0 gives empty (2, 0) and (1, 0) arrays", () => {
    expect(makeCircles(0, 0.1, 0.8, new RandomState(1))).toEqual({ X: [[], []], Y: [[]] });
  });

  test("bad arguments name the function and the argument", () => {
    const rng = new RandomState(1);
    expect(() => makeCircles(-2, 0.1, 0.8, rng)).toThrow(new RangeError("makeCircles: nSamples must be a non-negative integer, got -2"));
    expect(() => makeCircles(10, -0.1, 0.8, rng)).toThrow(new RangeError("makeCircles: noise must be a non-negative number, got -0.1"));
    expect(() => makeCircles(10, 0.1, 1, rng)).toThrow(new RangeError("makeCircles: factor must be in [0, 1), got 1"));
    expect(() => makeCircles(10, 0.1, 0.8, undefined as unknown as RandomState)).toThrow(
      new TypeError("makeCircles: rng must be a RandomState (e.g. new RandomState(1)), got undefined"),
    );
  });
});
