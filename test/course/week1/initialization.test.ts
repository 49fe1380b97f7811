import * as fs from "node:fs";
import * as path from "node:path";
import {
  backwardPropagation,
  computeLoss,
  forwardPropagation,
  model,
  predict,
  relu,
  sigmoid,
  updateParameters,
} from "../../../src/course/week1/initialization";
import type { Gradients, Params } from "../../../src/course/types";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import { randomMatrix, rngFor } from "../../np/helpers";

/*
 * Reference numbers from numpy running the course's own code: test/data/initialization-training.py
 * writes circles-train.json (the notebook's training set) and initialization-training.json.
 */
const dataDir = path.join(__dirname, "..", "..", "data");
const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(dataDir, name), "utf8"));
const { X, Y } = readJson("circles-train.json") as { X: Matrix; Y: Matrix };
const reference = readJson("initialization-training.json") as {
  learningRate: number;
  numIterations: number;
  costEvery: number;
  initialParameters: Params;
  costs: number[];
  finalParameters: Params;
  model: { numIterations: number; costs: number[]; trainAccuracy: number };
};

const cloneParams = (p: Params): Params => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, np.clone(v)]));

/** He initialization as numpy drew it (seed 3): its numbers from the JSON, so no RandomState is needed here. */
function heFromNumpy(layersDims: number[]): Params {
  expect(layersDims).toEqual([2, 10, 5, 1]);
  return cloneParams(reference.initialParameters);
}

function initializeParametersZeros(layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = np.zeros(layersDims[l], layersDims[l - 1]);
    parameters[`b${l}`] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

/** max |a − e| / max |e| per parameter (so entries at or near 0 are judged on the parameter's scale). */
function maxScaledDeviation(actual: Params, expected: Params): number {
  let max = 0;
  for (const key of Object.keys(expected)) {
    const scale = Math.max(...expected[key].flat().map(Math.abs));
    actual[key].forEach((row, i) =>
      row.forEach((v, j) => {
        max = Math.max(max, Math.abs(v - expected[key][i][j]) / scale);
      }),
    );
  }
  return max;
}

const relativeDeviation = (a: number, e: number) => Math.abs(a - e) / Math.abs(e);

// --- the course's numpy expressions, composed from src/np one operation at a time -----------------

function forwardComposed(x: Matrix, p: Params) {
  const Z1 = np.add(np.dot(p.W1, x), p.b1);
  const A1 = np.maximum(0, Z1);
  const Z2 = np.add(np.dot(p.W2, A1), p.b2);
  const A2 = np.maximum(0, Z2);
  const Z3 = np.add(np.dot(p.W3, A2), p.b3);
  const A3 = np.divide(1, np.add(1, np.exp(np.negative(Z3))));
  return { A3, cache: { Z1, A1, W1: p.W1, b1: p.b1, Z2, A2, W2: p.W2, b2: p.b2, Z3, A3, W3: p.W3, b3: p.b3 } };
}

function backwardComposed(x: Matrix, y: Matrix, c: ReturnType<typeof forwardComposed>["cache"]): Gradients {
  const m = np.shape(x)[1];
  const dZ3 = np.multiply(1 / m, np.subtract(c.A3, y));
  const dW3 = np.dot(dZ3, np.transpose(c.A2));
  const db3 = np.sum(dZ3, { axis: 1, keepdims: true });
  const dA2 = np.dot(np.transpose(c.W3), dZ3);
  const dZ2 = np.multiply(dA2, np.greater(c.A2, 0));
  const dW2 = np.dot(dZ2, np.transpose(c.A1));
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true });
  const dA1 = np.dot(np.transpose(c.W2), dZ2);
  const dZ1 = np.multiply(dA1, np.greater(c.A1, 0));
  const dW1 = np.dot(dZ1, np.transpose(x));
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true });
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

function lossComposed(A3: Matrix, y: Matrix): number {
  const logprobs = np.add(np.multiply(np.negative(np.log(A3)), y), np.multiply(np.negative(np.log(np.subtract(1, A3))), np.subtract(1, y)));
  return (1 / np.shape(y)[1]) * np.nansum(logprobs);
}

/** Random parameters for `layersDims`, and data with some exact zeros (ReLU's boundary). */
function randomCase(name: string, layersDims: number[], m: number) {
  const rng = rngFor(`course/${name}`);
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = randomMatrix(rng, layersDims[l], layersDims[l - 1], (g) => g() - 0.5);
    parameters[`b${l}`] = randomMatrix(rng, layersDims[l], 1, (g) => g() - 0.5);
  }
  const x = randomMatrix(rng, layersDims[0], m, (g) => (g() < 0.1 ? 0 : 2 * g() - 1));
  const y = randomMatrix(rng, 1, m, (g) => (g() < 0.5 ? 0 : 1));
  return { parameters, x, y };
}

describe("the course helpers compute numpy's expressions operation for operation", () => {
  const cases = [
    { name: "circles, He initialization", parameters: reference.initialParameters, x: X, y: Y },
    { name: "random [3, 6, 4, 1], m = 7", ...randomCase("small", [3, 6, 4, 1], 7) },
    { name: "random [2, 10, 5, 1], m = 301", ...randomCase("course-sized", [2, 10, 5, 1], 301) },
  ];

  test.each(cases)("forwardPropagation, computeLoss, backwardPropagation: $name", ({ parameters, x, y }) => {
    const inputs = JSON.stringify([parameters, x, y]);
    const expected = forwardComposed(x, parameters);
    const { A3, cache } = forwardPropagation(x, parameters);
    expect(cache).toEqual(expected.cache);
    expect(A3).toBe(cache.A3);
    expect(computeLoss(A3, y)).toBe(lossComposed(A3, y));
    const grads = backwardPropagation(x, y, cache);
    expect(Object.keys(grads)).toEqual(["dZ3", "dW3", "db3", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1"]);
    expect(grads).toEqual(backwardComposed(x, y, expected.cache));
    const updated = updateParameters(parameters, grads, 0.01);
    for (const key of Object.keys(parameters)) {
      expect(updated[key]).toEqual(np.subtract(parameters[key], np.multiply(0.01, grads[`d${key}`])));
    }
    expect(JSON.stringify([parameters, x, y])).toBe(inputs);
  });

  test("sigmoid and relu", () => {
    const z = [[-800, -1, -0, 0, 0.5, 40, NaN]];
    expect(sigmoid(z)).toEqual([z[0].map((v) => 1 / (1 + Math.exp(-v)))]);
    expect(relu(z)).toEqual([[0, 0, 0, 0, 0.5, 40, NaN]]);
  });

  test("predict thresholds A3 at 0.5 and reports the fraction of matching labels", () => {
    const { parameters, x, y } = cases[2];
    const { A3 } = forwardPropagation(x, parameters);
    const { predictions, accuracy } = predict(x, y, parameters);
    expect(predictions).toEqual([A3[0].map((a) => (a > 0.5 ? 1 : 0))]);
    expect(accuracy).toBe(predictions[0].filter((p, j) => p === y[0][j]).length / y[0].length);
  });

  test("bad shapes are reported with the parameter's name", () => {
    const p = cloneParams(reference.initialParameters);
    expect(() => forwardPropagation(X, { ...p, W1: np.zeros(10, 3) })).toThrow("forwardPropagation: W1·X: (10, 3)·(2, 300): inner dimensions 3 and 2 differ");
    expect(() => forwardPropagation(X, { ...p, b2: np.zeros(1, 5) })).toThrow("forwardPropagation: b2 has shape (1, 5), expected (5, 1)");
    expect(() => forwardPropagation(X, { ...p, W3: undefined as never })).toThrow("forwardPropagation: W3 is not a matrix: expected number[][], got undefined");
    expect(() => computeLoss([[0.5, 0.5]], [[1, 0, 1]])).toThrow("computeLoss: A3 has shape (1, 2) but Y has shape (1, 3); they must match");
    const { cache } = forwardPropagation(X, p);
    expect(() => backwardPropagation(X, Y, { ...cache, A1: np.zeros(10, 299) })).toThrow(
      "backwardPropagation: cache.A1 has shape (10, 299), expected (10, 300)",
    );
    expect(() => backwardPropagation(X, Y, { ...cache, W2: np.zeros(4, 10) })).toThrow(
      "backwardPropagation: cache.W3 has shape (1, 5), expected (1, 4) to follow cache.W2",
    );
    expect(() => backwardPropagation(X, [[1, 0]], cache)).toThrow("backwardPropagation: Y has shape (1, 2), expected (1, 300)");
    const grads = backwardPropagation(X, Y, cache);
    expect(() => updateParameters(p, { ...grads, dW2: np.zeros(10, 5) }, 0.01)).toThrow("updateParameters: dW2 has shape (10, 5), expected (5, 10) like W2");
  });
});

describe("training agrees with numpy running the course code", () => {
  test(`${reference.numIterations} iterations from He initialization: costs every ${reference.costEvery} and final parameters`, () => {
    let parameters = heFromNumpy([2, 10, 5, 1]);
    const costs: number[] = [];
    for (let i = 0; i < reference.numIterations; i++) {
      const { A3, cache } = forwardPropagation(X, parameters);
      const cost = computeLoss(A3, Y);
      parameters = updateParameters(parameters, backwardPropagation(X, Y, cache), reference.learningRate);
      if (i % reference.costEvery === 0) costs.push(cost);
    }
    // Only the matrix products' summation order differs from numpy's BLAS: measured 1.6e-16 and 3.6e-16.
    expect(costs).toHaveLength(reference.costs.length);
    expect(costs[0]).toBe(reference.costs[0]);
    expect(Math.max(...costs.map((c, i) => relativeDeviation(c, reference.costs[i])))).toBeLessThan(1e-12);
    expect(maxScaledDeviation(parameters, reference.finalParameters)).toBeLessThan(1e-12);

    const logged: string[] = [];
    const run = model(X, Y, { initialization: heFromNumpy, numIterations: reference.numIterations, log: (l) => logged.push(l) });
    expect(run.parameters).toEqual(parameters);
    expect(run.costs).toEqual([costs[0], costs[1000 / reference.costEvery]]);
    expect(logged).toEqual(["Cost after iteration 0: 0.8830537463419761", `Cost after iteration 1000: ${costs[10]}`]);
  });

  test("the notebook's run: model() with He initialization prints the notebook's costs and reaches its accuracy", () => {
    const logged: string[] = [];
    const { parameters, costs } = model(X, Y, { initialization: heFromNumpy, log: (l) => logged.push(l) });
    expect(logged).toHaveLength(15);
    expect(logged[14]).toMatch(/^Cost after iteration 14000: 0\.073578959626773\d\d$/);
    expect(Math.max(...costs.map((c, i) => relativeDeviation(c, reference.model.costs[i])))).toBeLessThan(1e-12);
    expect(predict(X, Y, parameters).accuracy).toBe(reference.model.trainAccuracy);
  });

  // numpy 2.4.6 itself prints 0.6931471805599455 at iterations 6000 and 12000: db3 is a rounding residue
  // (-2.6e-18), b3 creeps up to ~1.65e-16 where sigmoid(b3) flips between 0.5 and 0.5000000000000001, and
  // where the flips fall depends on the last bit of exp. Until then (and in the notebook) the cost is exact.
  test("zero initialization never breaks symmetry: cost ln 2 throughout (to the last bit until 5000), accuracy 0.5", () => {
    const logged: string[] = [];
    const { parameters, costs } = model(X, Y, { initialization: initializeParametersZeros, log: (l) => logged.push(l) });
    expect(costs.slice(0, 6)).toEqual(new Array(6).fill(0.6931471805599453));
    for (const cost of costs) expect(Math.abs(cost - 0.6931471805599453)).toBeLessThanOrEqual(2.3e-16);
    expect(logged[3]).toBe("Cost after iteration 3000: 0.6931471805599453");
    expect(parameters.W1).toEqual(np.zeros(10, 2));
    const { predictions, accuracy } = predict(X, Y, parameters);
    expect(accuracy).toBe(0.5);
    expect(new Set(predictions[0]).size).toBe(1); // the same prediction for every example
  });

  test("printCost: false logs nothing and still records the costs", () => {
    const log = jest.fn();
    const { costs } = model(X, Y, { initialization: heFromNumpy, numIterations: 1001, printCost: false, log });
    expect(log).not.toHaveBeenCalled();
    expect(costs).toHaveLength(2);
  });
});
