import * as fs from "node:fs";
import * as path from "node:path";
import * as reference from "../../../reference/week1/regularization";
import { backwardPropagation, computeCost, forwardPropagation, initializeParameters, model, predict } from "../../../src/course/week1/regularization";
import type { Params } from "../../../src/course/types";
import { loadRegularizationData } from "../../../src/datasets";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import { RandomState } from "../../../src/random";

/*
 * Reference numbers from numpy running the course's code (reg_utils.py and the notebook's model):
 * test/data/regularization-training.py writes regularization-training.json.
 */
interface Run {
  lambd: number;
  keep_prob: number;
  costs: number[];
  finalParameters: Params;
  notebook: { lines: string[]; trainAccuracy: number; testAccuracy: number };
}
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "regularization-training.json"), "utf8")) as {
  data: { trainX: Matrix; trainY: Matrix };
  initialParameters: Params;
  shortIterations: number;
  costEvery: number;
  runs: Record<"none" | "l2" | "dropout", Run>;
};
const { trainX: X, trainY: Y } = loadRegularizationData();

/** max |a − e| / max |e| per parameter. */
function maxScaledDeviation(actual: Params, expected: Params): number {
  let max = 0;
  for (const key of Object.keys(expected)) {
    const scale = Math.max(...expected[key].flat().map(Math.abs));
    actual[key].forEach((row, i) => row.forEach((v, j) => (max = Math.max(max, Math.abs(v - expected[key][i][j]) / scale))));
  }
  return max;
}

test("initializeParameters: randn(n_l, n_{l−1}) / sqrt(n_{l−1}) with seed 3, numpy's values exactly", () => {
  const p = initializeParameters([2, 20, 3, 1]);
  for (const key of ["b1", "b2", "b3"]) expect(p[key]).toEqual(numpy.initialParameters[key]);
  for (const key of ["W1", "W2", "W3"]) expect(p[key]).toBeCloseToArray(numpy.initialParameters[key], { atol: 0, rtol: 1e-15 });
  expect(initializeParameters([3, 2, 1], new RandomState(9)).W1).toEqual(new RandomState(9).randn(2, 3).map((r) => r.map((w) => w / Math.sqrt(3))));
});

test("backwardPropagation carries the 1/m in each dW and db: dZ3 = A3 − Y", () => {
  const { cache } = forwardPropagation(X, numpy.initialParameters);
  const grads = backwardPropagation(X, Y, cache);
  const m = X[0].length;
  expect(grads.dZ3).toEqual(np.subtract(cache.A3, Y));
  expect(grads.db3).toEqual([[(1 / m) * np.sum(grads.dZ3)]]);
  expect(grads.dW1).toBeCloseToArray(np.multiply(1 / m, np.dot(grads.dZ1, np.transpose(X))), { atol: 0, rtol: 1e-15 });
  expect(grads.dZ2).toEqual(np.multiply(np.dotTN(cache.W3, grads.dZ3), np.greater(cache.A2, 0)));
});

test("computeCost is the course's nansum cross-entropy", () => {
  expect(computeCost([[0.5, 0.25]], [[1, 0]])).toBeCloseTo(-(Math.log(0.5) + Math.log(0.75)) / 2, 15);
  // −log(0)·0 is NaN, which nansum skips, as the course's np.nansum does.
  expect(computeCost([[0, 0.5]], [[0, 1]])).toBeCloseTo(Math.log(2) / 2, 15);
});

describe.each(["none", "l2", "dropout"] as const)("model, setting %s, against numpy running the course's code", (name) => {
  const run = numpy.runs[name];
  test(`${numpy.shortIterations} iterations from the same start: the same first cost and the same final parameters`, () => {
    const { parameters, costs } = model(X, Y, {
      lambd: run.lambd,
      keepProb: run.keep_prob,
      numIterations: numpy.shortIterations,
      functions: reference,
      printCost: false,
    });
    expect(costs[0]).toBeCloseTo(run.costs[0], 14);
    // numpy's BLAS sums products in another order: ~1e-16 per step, grown over the iterations.
    expect(maxScaledDeviation(parameters, run.finalParameters)).toBeLessThan(1e-11);
  });
});

test("model logs `Cost after iteration i: cost` every 10 000 iterations and records the cost every 1000", () => {
  const lines: string[] = [];
  const { costs } = model(X, Y, { numIterations: 1001, log: (line) => lines.push(line) });
  const [want] = numpy.runs.none.notebook.lines as string[];
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Cost after iteration 0: /);
  // numpy's BLAS fuses multiply-adds: the first cost may differ from numpy's in its last bit.
  const [got, expected] = [lines[0], want].map((l) => Number(l.split(": ")[1]));
  expect(Math.abs(got - expected)).toBeLessThanOrEqual(Number.EPSILON * expected);
  expect(costs).toHaveLength(2);
});

test("model refuses L2 with dropout, and a setting without its graded functions", () => {
  expect(() => model(X, Y, { lambd: 0.7, keepProb: 0.86, functions: reference })).toThrow(/not combined/);
  expect(() => model(X, Y, { lambd: 0.7, numIterations: 1 })).toThrow(/lambd ≠ 0 needs functions\.computeCostWithRegularization/);
  expect(() => model(X, Y, { keepProb: 0.5, numIterations: 1 })).toThrow(/keepProb < 1 needs functions\.forwardPropagationWithDropout/);
});

test("predict: 0/1 predictions A3 > 0.5 and the accuracy the notebook prints", () => {
  const { predictions, accuracy } = predict(X, Y, numpy.initialParameters);
  const { A3 } = forwardPropagation(X, numpy.initialParameters);
  expect(predictions).toEqual([A3[0].map((a) => (a > 0.5 ? 1 : 0))]);
  expect(accuracy).toBe(predictions[0].filter((p, j) => p === Y[0][j]).length / Y[0].length);
});
