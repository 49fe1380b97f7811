import * as np from "../../np";
import type { Matrix } from "../../np";
import { checkMatrix, formatShape } from "../../np/check";
import { newRow, newRows } from "../../np/kernels";
import { linearActivation } from "./linear-activation";
import { linearReluBackward } from "./relu-backward";
import { ThreeLayerTraining } from "./three-layer-training";
import { pythonFloat } from "../format";
import type { Gradients, Params } from "../types";

/**
 * The code the Initialization notebook provides (init_utils.py and the notebook's `model`), not
 * graded: the 3-layer net LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, its loss, backward pass, update,
 * prediction and training loop. Every numpy expression of the course is computed operation for
 * operation (same operations, same order, same roundings), so results agree with numpy to the last
 * bit except where numpy's BLAS sums a matrix product in another order (see `np.dot`). `model`'s
 * steps after the first run in ./three-layer-training, with the same bits and no allocation.
 */

// Bound once: under jest (and so in the graders) a global lookup costs ~100× a local one (see np/kernels).
const { floor } = Math;
const { keys } = Object;

/** The cache of `forwardPropagation`: the course's tuple `(z1, a1, W1, b1, …, z3, a3, W3, b3)`, by name. */
export interface ForwardCache {
  Z1: Matrix;
  A1: Matrix;
  W1: Matrix;
  b1: Matrix;
  Z2: Matrix;
  A2: Matrix;
  W2: Matrix;
  b2: Matrix;
  Z3: Matrix;
  A3: Matrix;
  W3: Matrix;
  b3: Matrix;
}

/** `1/(1 + exp(−x))`, elementwise. */
export function sigmoid(x: Matrix): Matrix {
  return np.divide(1, np.add(1, np.exp(np.negative(x))));
}

/** `np.maximum(0, x)`, elementwise (NaN stays NaN). */
export function relu(x: Matrix): Matrix {
  return np.maximum(0, x);
}

/**
 * LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID on `X` `(n_x, m)` with `W1 b1 W2 b2 W3 b3`
 * (`W_l` `(n_l, n_{l−1})`, `b_l` `(n_l, 1)`); returns `A3` `(1, m)` and the cache for `backwardPropagation`.
 */
export function forwardPropagation(X: Matrix, parameters: Params): { A3: Matrix; cache: ForwardCache } {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  const [Z1, A1] = linearActivation(1, W1, b1, X, "X", "relu");
  const [Z2, A2] = linearActivation(2, W2, b2, A1, "A1", "relu");
  const [Z3, A3] = linearActivation(3, W3, b3, A2, "A2", "sigmoid");
  return { A3, cache: { Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3 } };
}

/**
 * Gradients of the cross-entropy loss for the cache of `forwardPropagation(X, …)` and labels `Y` `(1, m)`.
 * The course folds the 1/m into `dZ3 = (1/m)·(A3 − Y)`, so `dW_l = dZ_l·A_{l−1}ᵀ` and
 * `db_l = sum(dZ_l, axis=1, keepdims)` carry no further 1/m.
 */
export function backwardPropagation(X: Matrix, Y: Matrix, cache: ForwardCache): Gradients {
  const fn = "backwardPropagation";
  const { A1, W2, A2, W3, A3 } = cache;
  const m = checkMatrix(fn, "X", X)[1];
  const [n2, n1] = checkMatrix(fn, "cache.W2", W2);
  const n3 = checkMatrix(fn, "cache.W3", W3)[0];
  expectShape(fn, "cache.W3", W3, [n3, n2], "to follow cache.W2");
  expectShape(fn, "cache.A1", A1, [n1, m]);
  expectShape(fn, "cache.A2", A2, [n2, m]);
  expectShape(fn, "cache.A3", A3, [n3, m]);
  expectShape(fn, "Y", Y, [n3, m]);
  const dZ3 = np.multiply(1 / m, np.subtract(A3, Y));
  const dW3 = np.dotNT(dZ3, A2);
  const db3 = np.sum(dZ3, { axis: 1, keepdims: true });
  const [dA2, dZ2] = linearReluBackward(W3, dZ3, A2);
  const dW2 = np.dotNT(dZ2, A1);
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true });
  const [dA1, dZ1] = linearReluBackward(W2, dZ2, A1);
  const dW1 = np.dotNT(dZ1, X);
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true });
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/** Checks that `a` has shape `expected` (the course's operands always match; numpy would broadcast some). */
function expectShape(fn: string, name: string, a: Matrix, expected: [number, number], why = ""): void {
  const [r, c] = checkMatrix(fn, name, a);
  if (r !== expected[0] || c !== expected[1]) {
    throw new RangeError(`${fn}: ${name} has shape ${formatShape([r, c])}, expected ${formatShape(expected)}${why && ` ${why}`}`);
  }
}

/** `W − learningRate·dW`, elementwise (one loop instead of numpy's two). */
function step(W: Matrix, dW: Matrix, learningRate: number): Matrix {
  const out: Matrix = newRows(W.length);
  for (let i = 0; i < W.length; i++) {
    const w = W[i];
    const d = dW[i];
    const n = w.length;
    const row = newRow(n);
    for (let j = 0; j < n; j++) row[j] = w[j] - learningRate * d[j];
    out[i] = row;
  }
  return out;
}

/** Layer l's `[W_l, dW_l, "like W_l", b_l, db_l, "like b_l"]`, by l: see `layerKeys`. */
const keyNames: string[][] = [];

/**
 * `["W1", "dW1", "like W1", "b1", "db1", "like b1"]` for l = 1, built once per l, the key names
 * interned (as an object's keys, which V8 always interns): a template string per step was a new string
 * that every lookup had to intern again.
 */
function layerKeys(l: number): string[] {
  let names = keyNames[l];
  if (names === undefined) {
    const [W, dW, b, db] = keys({ [`W${l}`]: 0, [`dW${l}`]: 1, [`b${l}`]: 2, [`db${l}`]: 3 });
    names = [W, dW, `like ${W}`, b, db, `like ${b}`];
    keyNames[l] = names;
  }
  return names;
}

/**
 * One gradient-descent step for `L = (number of keys)/2` layers: `W_l − learningRate·dW_l`,
 * `b_l − learningRate·db_l`. Returns new Params (the course updates its dict in place; inputs here are never mutated).
 */
export function updateParameters(parameters: Params, grads: Gradients, learningRate: number): Params {
  const fn = "updateParameters";
  const L = floor(keys(parameters).length / 2);
  const updated: Params = { ...parameters };
  for (let l = 1; l <= L; l++) {
    const names = layerKeys(l);
    for (let k = 0; k < 6; k += 3) {
      const key = names[k];
      const gradKey = names[k + 1];
      const value = parameters[key];
      const grad = grads[gradKey];
      expectShape(fn, gradKey, grad, checkMatrix(fn, key, value), names[k + 2]);
      updated[key] = step(value, grad, learningRate);
    }
  }
  return updated;
}

/** Cross-entropy loss `(1/m)·nansum(−log(A3)·Y + (−log(1 − A3))·(1 − Y))` for `A3`, `Y` `(1, m)`. */
export function computeLoss(A3: Matrix, Y: Matrix): number {
  const logprobs = np.crossEntropyTerms(A3, Y, "computeLoss", "A3");
  return (1 / np.shape(Y)[1]) * np.nansum(logprobs);
}

/** 0/1 predictions `A3 > 0.5` `(1, m)` and the accuracy `mean(predictions == Y)` (the course prints it). */
export function predict(X: Matrix, Y: Matrix, parameters: Params): { predictions: Matrix; accuracy: number } {
  const { A3 } = forwardPropagation(X, parameters);
  const predictions = np.greater(A3, 0.5);
  return { predictions, accuracy: np.mean(np.equal(predictions, Y)) };
}

/**
 * Options of the Initialization notebook's `model`: the initializer under test and the notebook's
 * hyperparameters (defaults: learning rate 0.01, 15 000 iterations).
 */
export interface ModelOptions {
  /** The initializer under test (a graded function), called once with `layersDims = [n_x, 10, 5, 1]`. */
  initialization: (layersDims: number[]) => Params;
  learningRate?: number;
  numIterations?: number;
  /** Log `Cost after iteration i: cost` every 1000 iterations (the costs are recorded either way). */
  printCost?: boolean;
  log?: (line: string) => void;
}

/**
 * One iteration of `model`: forward, loss, backward, update; returns the new parameters and the loss
 * before the update. A function of its own so that V8 optimizes it after a few calls (the loop in
 * `model`, entered once, stayed in baseline code for the whole run).
 */
function trainingStep(X: Matrix, Y: Matrix, parameters: Params, learningRate: number): { parameters: Params; cost: number } {
  const { A3, cache } = forwardPropagation(X, parameters);
  const cost = computeLoss(A3, Y);
  const grads = backwardPropagation(X, Y, cache);
  return { parameters: updateParameters(parameters, grads, learningRate), cost };
}

/**
 * The notebook's `model`: `numIterations` steps of gradient descent on the 3-layer net from
 * `initialization([n_x, 10, 5, 1])`. Returns the final parameters and the cost at iterations
 * 0, 1000, 2000, … (the course fills its `costs` only when printing; here always).
 */
export function model(X: Matrix, Y: Matrix, options: ModelOptions): { parameters: Params; costs: number[] } {
  const { initialization, learningRate = 0.01, numIterations = 15000, printCost = true, log = console.log } = options;
  const layersDims = [checkMatrix("model", "X", X)[0], 10, 5, 1];
  let parameters = initialization(layersDims);
  const costs: number[] = [];
  const record = (i: number, cost: number): void => {
    if (i % 1000 === 0) {
      if (printCost) log(`Cost after iteration ${i}: ${pythonFloat(cost)}`);
      costs.push(cost);
    }
  };
  if (!(numIterations > 0)) return { parameters, costs };
  // The first step through the course functions, which check the initializer's parameters against
  // X and Y (and never mutate them); the others, when they can, without allocation (same bits).
  const first = trainingStep(X, Y, parameters, learningRate);
  parameters = first.parameters;
  record(0, first.cost);
  const training = numIterations > 1 ? ThreeLayerTraining.from(X, Y, parameters) : null;
  for (let i = 1; i < numIterations; i++) {
    if (training) record(i, training.step(learningRate));
    else {
      const step = trainingStep(X, Y, parameters, learningRate);
      parameters = step.parameters;
      record(i, step.cost);
    }
  }
  return { parameters: training ? training.parameters(parameters) : parameters, costs };
}
