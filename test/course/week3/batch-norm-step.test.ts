/**
 * The batch-norm model's training step (buffers reused, parameters updated in place) against the
 * net's own forwardPropagation, computeCost, backwardPropagation and updateParameters, bit for bit;
 * and its elementwise loops against src/np's operations.
 */
import * as reference from "../../../reference/week3/batch-norm";
import type { BatchNormCache, BnParam } from "../../../src/contracts/week3/batch-norm";
import {
  backwardPropagation,
  computeCost,
  forwardPropagation,
  initializeParameters,
  reluGradient,
  updateParameters,
  type BatchNormFunctions,
} from "../../../src/course/week3/batch-norm-net";
import { hasShape, maskNonPositive, reluInto, sigmoidInto } from "../../../src/course/week3/batch-norm-rows";
import { subtractScaledInto } from "../../../src/np/kernels";
import { BatchNormStep } from "../../../src/course/week3/batch-norm-step";
import { makeMoons } from "../../../src/datasets";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import type { Params } from "../../../src/course/types";
import { RandomState } from "../../../src/random";

const { X, Y } = makeMoons(50, 0.2, new RandomState(3));
const clone = (p: Params): Params => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, np.clone(v)]));
const edgy = [[-0, 0, 1e-300, -1e-300, NaN, Infinity, -Infinity, 2.5, -2.5]];

/** `Object.is` on every element: the sign of zero and NaN count. */
function expectSameBits(a: Matrix, b: Matrix): void {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    expect(row.length).toBe(b[i].length);
    row.forEach((v, j) => {
      if (!Object.is(v, b[i][j])) throw new Error(`element (${i}, ${j}): ${v} vs ${b[i][j]}`);
    });
  });
}

/** Steps of the plain functions on the batches `order[start … start+size)`. */
function plainSteps(parameters: Params, fns: BatchNormFunctions, order: number[], size: number, lr: number) {
  let params = parameters;
  let bnParams: Record<number, BnParam> = {};
  const costs: number[] = [];
  for (let start = 0; start < order.length; start += size) {
    const cols = order.slice(start, start + size);
    const Xb = np.takeColumns(X, cols);
    const Yb = np.takeColumns(Y, cols);
    const forward = forwardPropagation(Xb, params, bnParams, "train", fns);
    bnParams = { ...bnParams, ...forward.bnParams };
    costs.push(computeCost(forward.AL, Yb));
    params = updateParameters(params, backwardPropagation(forward.AL, Yb, forward.caches, params, fns), lr);
  }
  return { params, bnParams, costs };
}

function stepped(parameters: Params, dims: number[], fns: BatchNormFunctions, order: number[], size: number, lr: number) {
  const params = clone(parameters);
  const bnParams: Record<number, BnParam> = {};
  const step = new BatchNormStep(params, dims, lr, fns);
  const costs: number[] = [];
  for (let start = 0; start < order.length; start += size) costs.push(step.step(X, Y, order, start, Math.min(start + size, order.length), bnParams));
  return { params, bnParams, costs };
}

function expectSameTraining(dims: number[], batchnorm: boolean, fns: BatchNormFunctions, lr: number): void {
  const parameters = initializeParameters(dims, batchnorm, new RandomState(5));
  const rng = new RandomState(6);
  const order = [...rng.permutation(50), ...rng.permutation(50), ...rng.permutation(50)];
  const plain = plainSteps(clone(parameters), fns, order, 16, lr);
  const fast = stepped(parameters, dims, fns, order, 16, lr);
  expect(fast.costs).toEqual(plain.costs);
  expect(Object.keys(fast.params)).toEqual(Object.keys(plain.params));
  for (const key of Object.keys(plain.params)) expectSameBits(fast.params[key], plain.params[key]);
  expect(Object.keys(fast.bnParams)).toEqual(Object.keys(plain.bnParams));
  for (const l of Object.keys(plain.bnParams)) {
    expectSameBits(fast.bnParams[Number(l)].runningMean!, plain.bnParams[Number(l)].runningMean!);
    expectSameBits(fast.bnParams[Number(l)].runningVar!, plain.bnParams[Number(l)].runningVar!);
  }
}

test.each([
  ["batch norm", [2, 6, 5, 1], true, 3],
  ["no batch norm", [2, 6, 5, 1], false, 0.5],
  ["one hidden layer", [2, 3, 1], true, 1],
] as const)("the step gives the plain functions' costs, parameters and running averages (%s)", (_, dims, batchnorm, lr) => {
  expectSameTraining([...dims], batchnorm, reference, lr);
});

test("graded functions that return other shapes get the plain functions' broadcasting", () => {
  // dGamma and dBeta summed over the units: (1, m) instead of (n, 1), so gamma and beta broadcast to (n, m).
  const overUnits: BatchNormFunctions = {
    batchnormForward: reference.batchnormForward,
    batchnormBackward: (dOut: Matrix, cache: BatchNormCache) => {
      const { dZ } = reference.batchnormBackward(dOut, cache);
      return { dZ, dGamma: np.sum(np.multiply(dOut, cache.Znorm), { axis: 0, keepdims: true }), dBeta: np.sum(dOut, { axis: 0, keepdims: true }) };
    },
  };
  const dims = [2, 4, 1];
  const parameters = initializeParameters(dims, true, new RandomState(5));
  const order = new RandomState(6).permutation(50);
  // Whole batches only: the broadcast gamma fixes the batch width.
  const plain = plainSteps(clone(parameters), overUnits, order.slice(0, 40), 20, 0.1);
  const fast = stepped(parameters, dims, overUnits, order.slice(0, 40), 20, 0.1);
  expect(fast.costs).toEqual(plain.costs);
  for (const key of Object.keys(plain.params)) expectSameBits(fast.params[key], plain.params[key]);
  expect(np.shape(fast.params.gamma1)).toEqual([4, 20]);
});

test("maskNonPositive is reluGradient, in place, signed zeros, NaN and infinities included", () => {
  const values = edgy[0];
  const dA: Matrix = [values.flatMap((d) => values.map(() => d))];
  const pre: Matrix = [values.flatMap(() => values)];
  const expected = reluGradient(dA, pre);
  const inPlace = np.clone(dA);
  expect(maskNonPositive(inPlace, pre)).toBe(inPlace);
  expectSameBits(inPlace, expected);
});

test("reluInto, sigmoidInto and subtractScaledInto (in place, as the step uses it) are np's formulas", () => {
  const out = np.zeros(1, edgy[0].length);
  expectSameBits(reluInto(edgy, out), np.maximum(0, edgy));
  expectSameBits(sigmoidInto(edgy, out), np.divide(1, np.add(1, np.exp(np.negative(edgy)))));
  const P = np.clone(edgy);
  const G = [edgy[0].slice().reverse()];
  subtractScaledInto(P, 3, G, P);
  expectSameBits(P, np.subtract(edgy, np.multiply(3, G)));
});

test("hasShape", () => {
  expect(
    hasShape(
      [
        [1, 2],
        [3, 4],
      ],
      2,
      2,
    ),
  ).toBe(true);
  expect(hasShape([[1, 2], [3]], 2, 2)).toBe(false);
  expect(hasShape([[1, 2]], 2, 2)).toBe(false);
  expect(hasShape([1, 2], 2, 1)).toBe(false);
  expect(hasShape(undefined, 0, 0)).toBe(false);
});
