/**
 * A small fully connected net for binary classification, with or without batch normalization, in
 * the course layout (units × examples). Hidden layer l is LINEAR→RELU, or LINEAR→BATCHNORM→RELU,
 * where the linear step has no bias (β takes its place) and the batch-norm layer is the graded
 * `batchnormForward`/`batchnormBackward` passed in; the output layer is LINEAR→SIGMOID.
 * Parameters: `W_l` `(n_l, n_{l−1})` for every layer, `b_l` `(n_l, 1)` on layers without batch norm,
 * `gamma_l`, `beta_l` `(n_l, 1)` on layers with it.
 */
import type { BatchNormModule, BatchNormCache, BnParam } from "../../contracts/week3/batch-norm";
import * as np from "../../np";
import { newRow, newRows } from "../../np/kernels";
import type { Matrix } from "../../np";
import { RandomState } from "../../random";
import type { Params } from "../types";

/** The graded functions the net runs. */
export type BatchNormFunctions = Pick<BatchNormModule, "batchnormForward" | "batchnormBackward">;

/** What a layer keeps for the backward pass. */
export interface LayerCache {
  Aprev: Matrix;
  /** The batch-norm layer's cache, on layers with batch norm. */
  bn?: BatchNormCache;
  /** The activation's input: `Z` (plain) or the batch-norm output. */
  pre: Matrix;
}

/** The number of layers (after the input) of `parameters`. */
export function depth(parameters: Params): number {
  return Object.keys(parameters).filter((key) => /^W\d+$/.test(key)).length;
}

/**
 * He-initialised weights `W_l = randn(n_l, n_{l−1})·sqrt(2 / n_{l−1})`, drawn layer by layer from
 * `rng`; `b_l` zeros, or `gamma_l` ones and `beta_l` zeros on the hidden layers when `batchnorm`.
 */
export function initializeParameters(layersDims: number[], batchnorm: boolean, rng: RandomState): Params {
  const parameters: Params = {};
  const L = layersDims.length - 1;
  for (let l = 1; l <= L; l++) {
    const n = layersDims[l];
    parameters[`W${l}`] = np.multiply(rng.randn(n, layersDims[l - 1]), Math.sqrt(2 / layersDims[l - 1]));
    if (batchnorm && l < L) {
      parameters[`gamma${l}`] = np.ones(n, 1);
      parameters[`beta${l}`] = np.zeros(n, 1);
    } else {
      parameters[`b${l}`] = np.zeros(n, 1);
    }
  }
  return parameters;
}

/**
 * What `forwardPropagation` returns: the output `AL` `(1, m)`, one `LayerCache` per layer for
 * `backwardPropagation`, and the updated bnParams.
 */
export interface ForwardResult {
  AL: Matrix;
  caches: LayerCache[];
  /** The batch-norm layers' new bnParams (their running averages updated in train mode), by layer. */
  bnParams: Record<number, BnParam>;
}

/**
 * The forward pass on `X` `(n_0, m)`. `bnParams[l]` is layer l's bnParam (its running averages);
 * `mode` is set on each. Returns the output `AL` `(1, m)`, the caches and the new bnParams.
 */
export function forwardPropagation(
  X: Matrix,
  parameters: Params,
  bnParams: Record<number, BnParam>,
  mode: "train" | "test",
  fns: BatchNormFunctions,
): ForwardResult {
  const L = depth(parameters);
  const caches: LayerCache[] = [];
  const updated: Record<number, BnParam> = {};
  let A = X;
  for (let l = 1; l <= L; l++) {
    const Z = np.dot(parameters[`W${l}`], A);
    let pre: Matrix;
    let bn: BatchNormCache | undefined;
    if (parameters[`gamma${l}`]) {
      const result = fns.batchnormForward(Z, parameters[`gamma${l}`], parameters[`beta${l}`], { ...(bnParams[l] ?? {}), mode });
      pre = result.out;
      bn = result.cache;
      updated[l] = result.bnParam;
    } else {
      pre = np.add(Z, parameters[`b${l}`]);
    }
    caches.push({ Aprev: A, bn, pre });
    A = l < L ? np.maximum(0, pre) : np.divide(1, np.add(1, np.exp(np.negative(pre))));
  }
  return { AL: A, caches, bnParams: updated };
}

/**
 * Cross-entropy averaged over the examples: `(1/m)·Σ −log(AL)` where `Y = 1` and `−log(1 − AL)` where
 * `Y = 0` (the course's formula without its `0·log 0 = NaN` terms: a saturated right answer adds 0, a
 * saturated wrong one Infinity, and an output that is NaN, a diverged net, keeps the cost NaN).
 */
export function computeCost(AL: Matrix, Y: Matrix): number {
  let total = 0;
  for (let i = 0; i < Y.length; i++) {
    for (let j = 0; j < Y[i].length; j++) total += Y[i][j] === 1 ? -Math.log(AL[i][j]) : -Math.log(1 - AL[i][j]);
  }
  return total / Y[0].length;
}

/**
 * `dA` where the ReLU's input `pre` is positive, 0 elsewhere (`dA` and `pre` of one shape): the
 * gradient through the ReLU, one loop instead of `np.map` and its callback per element.
 */
export function reluGradient(dA: Matrix, pre: Matrix): Matrix {
  const out: Matrix = newRows(dA.length);
  for (let i = 0; i < dA.length; i++) {
    const d = dA[i];
    const p = pre[i];
    const n = d.length;
    const row = newRow(n);
    for (let j = 0; j < n; j++) row[j] = p[j] > 0 ? d[j] : 0;
    out[i] = row;
  }
  return out;
}

/**
 * Gradients of `computeCost` for the caches of a train-mode forward pass: `dZ_L = (AL − Y)/m` at the
 * sigmoid, ReLU derivatives from the activation's input, `batchnormBackward` through each batch-norm
 * layer. Keys `dW_l`, `db_l` or `dgamma_l`, `dbeta_l`.
 */
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[], parameters: Params, fns: BatchNormFunctions): Params {
  const L = caches.length;
  const m = Y[0].length;
  const grads: Params = {};
  let dPre = np.divide(np.subtract(AL, Y), m);
  for (let l = L; l >= 1; l--) {
    const { Aprev, bn } = caches[l - 1];
    let dZ = dPre;
    if (bn) {
      const g = fns.batchnormBackward(dPre, bn);
      dZ = g.dZ;
      grads[`dgamma${l}`] = g.dGamma;
      grads[`dbeta${l}`] = g.dBeta;
    } else {
      grads[`db${l}`] = np.sum(dPre, { axis: 1, keepdims: true });
    }
    grads[`dW${l}`] = np.dotNT(dZ, Aprev);
    if (l > 1) {
      const dA = np.dotTN(parameters[`W${l}`], dZ);
      dPre = reluGradient(dA, caches[l - 2].pre);
    }
  }
  return grads;
}

/** One gradient-descent step on every parameter `P − learningRate·dP` (new Params). */
export function updateParameters(parameters: Params, grads: Params, learningRate: number): Params {
  const updated: Params = {};
  for (const [key, value] of Object.entries(parameters)) updated[key] = np.subtract(value, np.multiply(learningRate, grads[`d${key}`]));
  return updated;
}
