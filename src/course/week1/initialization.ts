import * as np from "../../np";
import type { Matrix } from "../../np";
import { pythonFloat } from "../format";
import type { Gradients, Params } from "../types";

/**
 * The code the Initialization notebook provides (init_utils.py and the notebook's `model`), not
 * graded: the 3-layer net LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, its cost, backward pass, update,
 * prediction and training loop. Every numpy expression of the course is kept, operation for
 * operation, so results agree with numpy to rounding (only the matrix products differ in
 * summation order, see `np.dot`).
 */

/** The cache of `forwardPropagation`, the course's tuple `(z1, a1, W1, b1, …, z3, a3, W3, b3)` by name. */
export interface ForwardCache {
  Z1: Matrix; A1: Matrix; W1: Matrix; b1: Matrix;
  Z2: Matrix; A2: Matrix; W2: Matrix; b2: Matrix;
  Z3: Matrix; A3: Matrix; W3: Matrix; b3: Matrix;
}

/** `1/(1 + exp(−x))`, elementwise. */
export function sigmoid(x: Matrix): Matrix {
  return np.divide(1, np.add(1, np.exp(np.negative(x))));
}

/** `maximum(0, x)`, elementwise. */
export function relu(x: Matrix): Matrix {
  return np.maximum(0, x);
}

/**
 * LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID on `X` `(n_x, m)` with `W1 b1 W2 b2 W3 b3`;
 * returns the output `A3` `(1, m)` and the cache `backwardPropagation` reads.
 */
export function forwardPropagation(X: Matrix, parameters: Params): { A3: Matrix; cache: ForwardCache } {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  const Z1 = np.add(np.dot(W1, X), b1);
  const A1 = relu(Z1);
  const Z2 = np.add(np.dot(W2, A1), b2);
  const A2 = relu(Z2);
  const Z3 = np.add(np.dot(W3, A2), b3);
  const A3 = sigmoid(Z3);
  return { A3, cache: { Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3 } };
}

/** Gradients of the cross-entropy cost; the course folds the 1/m into `dZ3 = (1/m)·(A3 − Y)`. */
export function backwardPropagation(X: Matrix, Y: Matrix, cache: ForwardCache): Gradients {
  const m = np.shape(X)[1];
  const { A1, W2, A2, W3, A3 } = cache;
  const dZ3 = np.multiply(1 / m, np.subtract(A3, Y));
  const dW3 = np.dot(dZ3, np.transpose(A2));
  const db3 = np.sum(dZ3, { axis: 1, keepdims: true });
  const dA2 = np.dot(np.transpose(W3), dZ3);
  const dZ2 = np.multiply(dA2, np.greater(A2, 0));
  const dW2 = np.dot(dZ2, np.transpose(A1));
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true });
  const dA1 = np.dot(np.transpose(W2), dZ2);
  const dZ1 = np.multiply(dA1, np.greater(A1, 0));
  const dW1 = np.dot(dZ1, np.transpose(X));
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true });
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/** One gradient-descent step, `W_l − learningRate·dW_l` and `b_l − learningRate·db_l`; returns new Params. */
export function updateParameters(parameters: Params, grads: Gradients, learningRate: number): Params {
  const L = Math.floor(Object.keys(parameters).length / 2);
  const updated: Params = { ...parameters };
  for (let l = 1; l <= L; l++) {
    updated[`W${l}`] = np.subtract(parameters[`W${l}`], np.multiply(learningRate, grads[`dW${l}`]));
    updated[`b${l}`] = np.subtract(parameters[`b${l}`], np.multiply(learningRate, grads[`db${l}`]));
  }
  return updated;
}

/** Cross-entropy `(1/m)·nansum(−log(A3)·Y + (−log(1 − A3))·(1 − Y))`. */
export function computeLoss(A3: Matrix, Y: Matrix): number {
  const m = np.shape(Y)[1];
  const logprobs = np.add(
    np.multiply(np.negative(np.log(A3)), Y),
    np.multiply(np.negative(np.log(np.subtract(1, A3))), np.subtract(1, Y)),
  );
  return (1 / m) * np.nansum(logprobs);
}

/** 0/1 predictions `A3 > 0.5` `(1, m)` and the accuracy `mean(predictions == Y)`. */
export function predict(X: Matrix, Y: Matrix, parameters: Params): { predictions: Matrix; accuracy: number } {
  const { A3 } = forwardPropagation(X, parameters);
  const predictions = np.greater(A3, 0.5);
  const accuracy = np.mean(np.equal(predictions, Y));
  return { predictions, accuracy };
}

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
 * The notebook's `model`: gradient descent on the 3-layer net; returns the final parameters and the
 * cost at iterations 0, 1000, 2000, … (the course fills `costs` only when printing; here always).
 */
export function model(X: Matrix, Y: Matrix, options: ModelOptions): { parameters: Params; costs: number[] } {
  const { initialization, learningRate = 0.01, numIterations = 15000, printCost = true, log = console.log } = options;
  const layersDims = [np.shape(X)[0], 10, 5, 1];
  let parameters = initialization(layersDims);
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const { A3, cache } = forwardPropagation(X, parameters);
    const cost = computeLoss(A3, Y);
    const grads = backwardPropagation(X, Y, cache);
    parameters = updateParameters(parameters, grads, learningRate);
    if (i % 1000 === 0) {
      if (printCost) log(`Cost after iteration ${i}: ${pythonFloat(cost)}`);
      costs.push(cost);
    }
  }
  return { parameters, costs };
}
