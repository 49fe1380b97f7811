import {
  backwardPropagationN,
  backwardPropagationNCorrected,
  dictionaryToVector,
  FINE_MESSAGE,
  forwardPropagationN,
  gradientCheckMessage,
  gradientCheckNTestCase,
  gradientsToVector,
  MISTAKE_MESSAGE,
  vectorToDictionary,
} from "../../../src/course/week1/gradient-checking";
import { backwardPropagation, computeCost, forwardPropagation } from "../../../src/course/week1/regularization";
import * as np from "../../../src/np";
import { RandomState } from "../../../src/random";

test("gradientCheckNTestCase is the notebook's: seed 1, X (4, 3) first, then W1 (5, 4), b1, W2 (3, 5), b2, W3 (1, 3), b3", () => {
  const { X, Y, parameters } = gradientCheckNTestCase();
  const rng = new RandomState(1);
  expect(X).toEqual(rng.randn(4, 3));
  expect(parameters.W1).toEqual(rng.randn(5, 4));
  expect(parameters.b1).toEqual(rng.randn(5, 1));
  expect(Y).toEqual([[1, 1, 0]]);
  expect(Object.keys(parameters)).toEqual(["W1", "b1", "W2", "b2", "W3", "b3"]);
  expect(parameters.b3).toHaveLength(1);
});

test("forwardPropagationN: the notebook's cost 2.407833389834357 (numpy) with np.sum, and the 3-layer cache", () => {
  const { X, Y, parameters } = gradientCheckNTestCase();
  const { cost, cache } = forwardPropagationN(X, Y, parameters);
  expect(cost).toBeCloseTo(2.407833389834357, 14);
  expect(cache).toEqual(forwardPropagation(X, parameters).cache);
  // np.sum, not nansum: with A3 = 1 exactly and Y = 1, log(1 − A3)·(1 − Y) is ∞·0 = NaN, and so is the cost.
  const saturated = { ...parameters, b3: [[1000]] };
  expect(forwardPropagationN(X, [[1, 1, 1]], saturated).cost).toBeNaN();
  expect(computeCost(forwardPropagation(X, saturated).A3, [[1, 1, 1]])).toBe(0);
});

test("backwardPropagationN has the course's two mistakes: dW2 doubled and db1 with 4/m; the rest is right", () => {
  const { X, Y, parameters } = gradientCheckNTestCase();
  const { cache } = forwardPropagationN(X, Y, parameters);
  const buggy = backwardPropagationN(X, Y, cache);
  const right = backwardPropagationNCorrected(X, Y, cache);
  expect(buggy.dW2).toEqual(np.multiply(right.dW2, 2));
  expect(buggy.db1).toBeCloseToArray(np.multiply(right.db1, 4), { atol: 1e-16, rtol: 1e-15 });
  for (const key of ["dW1", "db2", "dW3", "db3", "dA1", "dZ1"]) expect(buggy[key]).toEqual(right[key]);
  const plain = backwardPropagation(X, Y, cache);
  for (const key of ["dW1", "db1", "dW2", "db2", "dW3", "db3"]) expect(right[key]).toEqual(plain[key]);
});

test("dictionaryToVector flattens W1, b1, …, b3 row-major into a column; vectorToDictionary takes the shapes from the parameters", () => {
  const { parameters } = gradientCheckNTestCase([3, 4, 2, 1], [[0, 1]], new RandomState(5));
  const { theta, keys } = dictionaryToVector(parameters);
  expect(theta).toHaveLength(4 * 3 + 4 + 2 * 4 + 2 + 2 + 1);
  expect(theta.every((row) => row.length === 1)).toBe(true);
  expect(theta.slice(0, 3).map((r) => r[0])).toEqual(parameters.W1[0]);
  expect(theta[12][0]).toBe(parameters.b1[0][0]);
  expect(keys.slice(10, 14)).toEqual(["W1", "W1", "b1", "b1"]);
  expect(vectorToDictionary(theta, parameters)).toEqual(parameters);
  expect(() => vectorToDictionary(theta.slice(1), parameters)).toThrow(/vectorToDictionary: theta has 28 entries/);
  expect(() => vectorToDictionary([[1, 2]], parameters)).toThrow(/expected a column/);
});

test("gradientsToVector flattens dW1, db1, …, db3 in the same order", () => {
  const { X, Y, parameters } = gradientCheckNTestCase();
  const grads = backwardPropagationNCorrected(X, Y, forwardPropagationN(X, Y, parameters).cache);
  const vector = gradientsToVector(grads);
  expect(vector).toHaveLength(47);
  expect(vector[0][0]).toBe(grads.dW1[0][0]);
  expect(vector[20][0]).toBe(grads.db1[0][0]);
  expect(vector[46][0]).toBe(grads.db3[0][0]);
});

test("gradientCheckMessage: the course's two lines, coloured, with Python's float text", () => {
  expect(gradientCheckMessage(1.1890913024229996e-7)).toBe(`\x1b[92m${FINE_MESSAGE} difference = 1.1890913024229996e-07\x1b[0m`);
  expect(gradientCheckMessage(2e-7)).toContain(FINE_MESSAGE);
  expect(gradientCheckMessage(0.2850931567761623)).toBe(`\x1b[93m${MISTAKE_MESSAGE} difference = 0.2850931567761623\x1b[0m`);
});
