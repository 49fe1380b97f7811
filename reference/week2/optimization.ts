/**
 * Answer key for week 2 "Optimization Methods". Never shipped to students.
 * Conventions (docs/course.md): `L = number of parameter keys / 2`; gradients and optimizer state use the
 * keys `dW1, db1, …`; every expression is the course's, operation for operation and in its order
 * (`W − lr·v`, `(lr·vCorrected) / (sqrt(sCorrected) + ε)`), so results agree with numpy to the last bit.
 * Nothing is mutated: each update returns new matrices, and the returned state is the new state.
 */
import type { AdamState, AdamStep, ParameterGradients, MiniBatch, MomentumStep, OptimizationModule, Params } from "dnn-autograder/contracts";
import type { Matrix } from "dnn-autograder/np";
import { sliceColumns, takeColumns, zerosLike } from "dnn-autograder/np";
import { checkMatrix, formatShape } from "dnn-autograder/np/check";
import { newRow } from "dnn-autograder/np/kernels";
import { RandomState } from "dnn-autograder/random";

// Bound once: under jest every global lookup is slow (see src/np/kernels.ts).
const { sqrt, pow, floor } = Math;
const NativeArray = Array;

/** `[paramKey, gradKey]` for every parameter: `["W1", "dW1"], ["b1", "db1"], …` up to layer L. */
export function parameterKeys(parameters: Params): [string, string][] {
  const L = floor(Object.keys(parameters).length / 2);
  const keys: [string, string][] = [];
  for (let l = 1; l <= L; l++) keys.push([`W${l}`, `dW${l}`], [`b${l}`, `db${l}`]);
  return keys;
}

/** `state[key]`, checked to be shaped like `parameter` (the message names the function and the key). */
export function stateFor(fn: string, what: string, state: ParameterGradients, key: string, parameter: Matrix, paramKey: string): Matrix {
  const value = state[key];
  const [rows, cols] = checkMatrix(fn, `${what}.${key}`, value);
  const [pr, pc] = checkMatrix(fn, paramKey, parameter);
  if (rows !== pr || cols !== pc) {
    throw new RangeError(`${fn}: ${what}.${key} has shape ${formatShape([rows, cols])} but ${paramKey} has shape ${formatShape([pr, pc])}`);
  }
  return value;
}

/** A new matrix shaped like `a` with `f(a[i][j], b[i][j])` (a and b have one shape). */
function zipWith(a: Matrix, b: Matrix, f: (x: number, y: number) => number): Matrix {
  const out: Matrix = new NativeArray(a.length);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    const bi = b[i];
    const row = newRow(ai.length);
    for (let j = 0; j < ai.length; j++) row[j] = f(ai[j], bi[j]);
    out[i] = row;
  }
  return out;
}

/** `W_l − learningRate·dW_l`, `b_l − learningRate·db_l` for l = 1 … L; new Params, same keys. */
export function updateParametersWithGd(parameters: Params, grads: ParameterGradients, learningRate: number): Params {
  const updated: Params = { ...parameters };
  for (const [key, gradKey] of parameterKeys(parameters)) {
    const grad = stateFor("updateParametersWithGd", "grads", grads, gradKey, parameters[key], key);
    updated[key] = zipWith(parameters[key], grad, (w, g) => w - learningRate * g);
  }
  return updated;
}

/**
 * `new RandomState(seed).permutation(m)` reorders the columns of X `(n_x, m)` and Y `(1, m)`; then
 * `floor(m / miniBatchSize)` batches of `miniBatchSize` columns and, if `m mod miniBatchSize ≠ 0`, the rest.
 */
export function randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize = 64, seed = 0): MiniBatch[] {
  const m = checkMatrix("randomMiniBatches", "X", X)[1];
  const ym = checkMatrix("randomMiniBatches", "Y", Y)[1];
  if (ym !== m) throw new RangeError(`randomMiniBatches: X has ${m} examples (columns) but Y has ${ym}`);
  if (!Number.isInteger(miniBatchSize) || miniBatchSize < 1) {
    throw new RangeError(`randomMiniBatches: miniBatchSize must be a positive integer, got ${miniBatchSize}`);
  }
  const permutation = new RandomState(seed).permutation(m);
  const shuffledX = takeColumns(X, permutation);
  const shuffledY = takeColumns(Y, permutation);
  const miniBatches: MiniBatch[] = [];
  const numCompleteMinibatches = floor(m / miniBatchSize);
  for (let k = 0; k < numCompleteMinibatches; k++) {
    const start = k * miniBatchSize;
    const end = (k + 1) * miniBatchSize;
    miniBatches.push({ X: sliceColumns(shuffledX, start, end), Y: sliceColumns(shuffledY, start, end) });
  }
  if (m % miniBatchSize !== 0) {
    const start = numCompleteMinibatches * miniBatchSize;
    miniBatches.push({ X: sliceColumns(shuffledX, start, m), Y: sliceColumns(shuffledY, start, m) });
  }
  return miniBatches;
}

/** Zeros shaped like each parameter, keys `dW1, db1, …, dWL, dbL`. */
export function initializeVelocity(parameters: Params): ParameterGradients {
  const v: ParameterGradients = {};
  for (const [key, gradKey] of parameterKeys(parameters)) v[gradKey] = zerosLike(parameters[key]);
  return v;
}

/** `v = β·v + (1 − β)·grad`, then `W − lr·v` with the new v; returns the new parameters and v. */
export function updateParametersWithMomentum(
  parameters: Params,
  grads: ParameterGradients,
  v: ParameterGradients,
  beta: number,
  learningRate: number,
): MomentumStep {
  const fn = "updateParametersWithMomentum";
  const updated: Params = { ...parameters };
  const velocity: ParameterGradients = { ...v };
  for (const [key, gradKey] of parameterKeys(parameters)) {
    const grad = stateFor(fn, "grads", grads, gradKey, parameters[key], key);
    const previous = stateFor(fn, "v", v, gradKey, parameters[key], key);
    velocity[gradKey] = zipWith(previous, grad, (vi, g) => beta * vi + (1 - beta) * g);
    updated[key] = zipWith(parameters[key], velocity[gradKey], (w, vi) => w - learningRate * vi);
  }
  return { parameters: updated, v: velocity };
}

/** `{ v, s }`, each zeros shaped like the parameters, keys `dW1, db1, …`. */
export function initializeAdam(parameters: Params): AdamState {
  return { v: initializeVelocity(parameters), s: initializeVelocity(parameters) };
}

/**
 * Step `t` (counted from 1): moving averages v and s, their bias corrections by `1 − β^t`, and
 * `W − (lr·vCorrected) / (sqrt(sCorrected) + ε)` (ε outside the square root).
 */
export function updateParametersWithAdam(
  parameters: Params,
  grads: ParameterGradients,
  v: ParameterGradients,
  s: ParameterGradients,
  t: number,
  learningRate = 0.01,
  beta1 = 0.9,
  beta2 = 0.999,
  epsilon = 1e-8,
): AdamStep {
  const fn = "updateParametersWithAdam";
  const result: AdamStep = { parameters: { ...parameters }, v: { ...v }, s: { ...s }, vCorrected: {}, sCorrected: {} };
  // Python's `beta1**t` is C's pow; both are within an ulp of the exact power.
  const correction1 = 1 - pow(beta1, t);
  const correction2 = 1 - pow(beta2, t);
  for (const [key, gradKey] of parameterKeys(parameters)) {
    const W = parameters[key];
    const grad = stateFor(fn, "grads", grads, gradKey, W, key);
    const vPrev = stateFor(fn, "v", v, gradKey, W, key);
    const sPrev = stateFor(fn, "s", s, gradKey, W, key);
    const vNew = zipWith(vPrev, grad, (vi, g) => beta1 * vi + (1 - beta1) * g);
    const vCorrected = zipWith(vNew, vNew, (vi) => vi / correction1);
    const sNew = zipWith(sPrev, grad, (si, g) => beta2 * si + (1 - beta2) * (g * g));
    const sCorrected = zipWith(sNew, sNew, (si) => si / correction2);
    const step = zipWith(vCorrected, sCorrected, (vc, sc) => (learningRate * vc) / (sqrt(sc) + epsilon));
    result.parameters[key] = zipWith(W, step, (w, d) => w - d);
    result.v[gradKey] = vNew;
    result.s[gradKey] = sNew;
    result.vCorrected[gradKey] = vCorrected;
    result.sCorrected[gradKey] = sCorrected;
  }
  return result;
}

/** `(1 / (1 + decayRate·epochNum))·learningRate0`, the course's expression. */
export function updateLr(learningRate0: number, epochNum: number, decayRate: number): number {
  return (1 / (1 + decayRate * epochNum)) * learningRate0;
}

/** `(1 / (1 + decayRate·floor(epochNum / timeInterval)))·learningRate0`. */
export function scheduleLrDecay(learningRate0: number, epochNum: number, decayRate: number, timeInterval = 1000): number {
  return (1 / (1 + decayRate * floor(epochNum / timeInterval))) * learningRate0;
}

/** The answer key as one module (for the course's `model` and the benchmark). */
export const reference: OptimizationModule = {
  updateParametersWithGd,
  randomMiniBatches,
  initializeVelocity,
  updateParametersWithMomentum,
  initializeAdam,
  updateParametersWithAdam,
  updateLr,
  scheduleLrDecay,
};
