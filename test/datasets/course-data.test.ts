import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadInitializationData, loadOptimizationData } from "../../src/datasets";

/**
 * Against test/data/numpy-datasets.json (test/data/make-datasets.py: sklearn's algorithms in
 * numpy). V8's Math.sin/cos/log may differ from glibc's by one ulp, so a few coordinates differ
 * from numpy in the last bit. Measured (Node 20, numpy 2.4.6): 10 of 600 train X values, 5 of
 * 200 test X values, 18 of 600 moons X values, all by at most 1.2e-16; labels all equal.
 * Coordinates are therefore compared to 1e-15 absolute + 1e-15 relative, labels exactly.
 */
const TOL = 1e-15;
const data = JSON.parse(readFileSync(join(__dirname, "..", "data", "numpy-datasets.json"), "utf8"));

function compare(got: number[][], expected: number[][]): { bitwiseDiffer: number; maxAbs: number } {
  expect(got.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  let bitwiseDiffer = 0;
  let maxAbs = 0;
  expected.forEach((row, r) =>
    row.forEach((e, c) => {
      const g = got[r][c];
      if (!(Math.abs(g - e) <= TOL + TOL * Math.abs(e))) throw new Error(`[${r}, ${c}]: expected ${e}, received ${g}`);
      if (!Object.is(g, e)) bitwiseDiffer++;
      maxAbs = Math.max(maxAbs, Math.abs(g - e));
    }),
  );
  return { bitwiseDiffer, maxAbs };
}

const sum = (X: number[][]): number => X.flat().reduce((s, v) => s + v, 0);
const first5 = (X: number[][]): number[][] => X.map((row) => row.slice(0, 5));

describe("loadInitializationData (circles, seeds 1 and 2)", () => {
  const { trainX, trainY, testX, testY } = loadInitializationData();

  test("shapes (2, 300), (1, 300), (2, 100), (1, 100)", () => {
    expect([trainX.length, trainX[0].length, trainY.length, trainY[0].length]).toEqual([2, 300, 1, 300]);
    expect([testX.length, testX[0].length, testY.length, testY[0].length]).toEqual([2, 100, 1, 100]);
  });

  test("numpy's values: first values, first labels, sum", () => {
    const expected = [
      [-0.07741354, 0.4318696, 0.07916502, -0.63092101, -0.27309979],
      [0.85260226, -0.87214504, 0.8406611, 0.39628707, -1.05506135],
    ];
    first5(trainX).forEach((row, r) => row.forEach((v, c) => expect(Math.abs(v - expected[r][c])).toBeLessThanOrEqual(5e-9)));
    expect(trainY[0].slice(0, 10)).toEqual([1, 0, 1, 1, 0, 0, 1, 0, 1, 1]);
    // numpy's figure is a pairwise sum in (n, 2) memory order; a plain sum differs by ~1e-15.
    expect(Math.abs(sum(trainX) - 0.10318058999808777)).toBeLessThanOrEqual(1e-14);
  });

  test("equal to numpy's full arrays (coordinates within 1e-15, labels exactly)", () => {
    const train = compare(trainX, data.initialization.train.X);
    const test = compare(testX, data.initialization.test.X);
    expect(trainY).toEqual(data.initialization.train.Y);
    expect(testY).toEqual(data.initialization.test.Y);
    // Last-bit differences only, and rare: a wrong algorithm would differ almost everywhere.
    expect(train.bitwiseDiffer).toBeLessThanOrEqual(30);
    expect(test.bitwiseDiffer).toBeLessThanOrEqual(10);
  });

  test("fresh arrays on every call", () => {
    const again = loadInitializationData();
    expect(again.trainX).not.toBe(trainX);
    expect(again).toEqual({ trainX, trainY, testX, testY });
  });
});

describe("loadOptimizationData (moons, seed 3)", () => {
  const { X, Y } = loadOptimizationData();

  test("numpy's values: shapes, first values, sum", () => {
    expect([X.length, X[0].length, Y.length, Y[0].length]).toEqual([2, 300, 1, 300]);
    const expected = [
      [-0.21687013, 0.80505015, 0.71127451, 2.10855562, 0.90746636],
      [1.01544937, -0.5579734, -0.41006024, 0.52081491, 0.45934943],
    ];
    first5(X).forEach((row, r) => row.forEach((v, c) => expect(Math.abs(v - expected[r][c])).toBeLessThanOrEqual(5e-9)));
    expect(Math.abs(sum(X) - 229.31214774688254)).toBeLessThanOrEqual(1e-12);
  });

  test("equal to numpy's full arrays (coordinates within 1e-15, labels exactly)", () => {
    const moons = compare(X, data.optimization.X);
    expect(Y).toEqual(data.optimization.Y);
    expect(moons.bitwiseDiffer).toBeLessThanOrEqual(30);
  });
});
