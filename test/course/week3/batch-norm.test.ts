/**
 * The net provided with week 3 "Batch normalization": its parameters, its backward pass (against
 * finite differences of its forward, with and without batch-norm layers), its cost, and `model` /
 * `predict` running the batch-norm layers in train and test mode.
 */
import * as reference from "../../../reference/week3/batch-norm";
import { backwardPropagation, computeCost, forwardPropagation, initializeParameters, model, predict } from "../../../src/course/week3/batch-norm";
import { makeMoons } from "../../../src/datasets";
import { checkGradients, type NamedValues } from "../../../src/grading/finite-difference";
import type { Matrix } from "../../../src/np";
import { RandomState } from "../../../src/random";

const { X, Y } = makeMoons(40, 0.2, new RandomState(3));

test("parameters: He weights, gamma ones and beta zeros on batch-norm layers, biases elsewhere", () => {
  const plain = initializeParameters([2, 4, 3, 1], false, new RandomState(1));
  expect(Object.keys(plain)).toEqual(["W1", "b1", "W2", "b2", "W3", "b3"]);
  const bn = initializeParameters([2, 4, 3, 1], true, new RandomState(1));
  expect(Object.keys(bn)).toEqual(["W1", "gamma1", "beta1", "W2", "gamma2", "beta2", "W3", "b3"]);
  expect(bn.W2).toEqual(plain.W2);
  expect(bn.gamma1).toEqual([[1], [1], [1], [1]]);
  expect(bn.beta2).toEqual([[0], [0], [0]]);
  expect(bn.W1[0][0]).toBeCloseTo(new RandomState(1).randn() * Math.sqrt(2 / 2), 15);
});

test.each([false, true])("backward is the gradient of the cost (batch norm: %s)", (batchnorm) => {
  const parameters = initializeParameters([2, 5, 4, 1], batchnorm, new RandomState(7));
  const run = (p: NamedValues) => forwardPropagation(X, p as Record<string, Matrix>, {}, "train", reference);
  const report = checkGradients(
    {
      forward: (p) => computeCost(run(p).AL, Y),
      backward: (p, dOut) => {
        const { AL, caches } = run(p);
        const grads = backwardPropagation(AL, Y, caches, p as Record<string, Matrix>, reference);
        return Object.fromEntries(Object.keys(p).map((key) => [key, grads[`d${key}`].map((row) => row.map((g) => g * (dOut as number)))]));
      },
    },
    parameters,
    { rng: new RandomState(0) },
  );
  expect(report.differences).toEqual(Object.fromEntries(Object.keys(parameters).map((k) => [k, expect.any(Number)])));
  expect(report.passed).toBe(true);
});

test("the cost: a saturated right answer adds 0, a wrong one Infinity, a NaN output stays NaN", () => {
  expect(computeCost([[1, 0.5]], [[1, 0]])).toBeCloseTo(Math.log(2) / 2, 15);
  expect(computeCost([[0, 0.5]], [[1, 0]])).toBe(Infinity);
  expect(computeCost([[NaN, 0.5]], [[1, 0]])).toBeNaN();
});

describe("model and predict", () => {
  const trained = model(X, Y, {
    batchnorm: true,
    functions: reference,
    layersDims: [2, 8, 8, 1],
    learningRate: 0.5,
    numEpochs: 30,
    miniBatchSize: 16,
    seed: 2,
  });

  test("batch-norm layers carry running averages out of training; predict runs them in test mode", () => {
    expect(Object.keys(trained.bnParams)).toEqual(["1", "2"]);
    expect(trained.bnParams[1]).toMatchObject({ mode: "train", runningMean: expect.any(Array), runningVar: expect.any(Array) });
    const batch = (m: number) =>
      forwardPropagation(
        X.map((row) => row.slice(0, m)),
        trained.parameters,
        trained.bnParams,
        "test",
        reference,
      ).AL;
    // Test mode: an example's output does not depend on the rest of the batch.
    expect(batch(1)[0][0]).toBeCloseTo(batch(40)[0][0], 12);
    expect(predict(X, Y, trained, reference).accuracy).toBeGreaterThan(0.8);
  });

  test("deterministic for a seed, and costs fall", () => {
    const again = model(X, Y, {
      batchnorm: true,
      functions: reference,
      layersDims: [2, 8, 8, 1],
      learningRate: 0.5,
      numEpochs: 30,
      miniBatchSize: 16,
      seed: 2,
    });
    expect(again.costs).toEqual(trained.costs);
    expect(trained.costs[29]).toBeLessThan(trained.costs[0] / 2);
  });

  test("asks for the batch-norm functions when batch norm is on", () => {
    expect(() => model(X, Y, { batchnorm: true, numEpochs: 1 })).toThrow("model: batchnorm is true but no batch-norm functions were given");
  });
});
