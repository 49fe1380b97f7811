/**
 * Answer key for week 1 "Regularization". Never shipped to students.
 * Conventions (docs/course.md): every `dW`/`db` carries its own `1/m` and `dZ3 = A3 − Y`; the L2 term is
 * `lambd/(2m)·ΣW²`; dropout masks are `rand < keepProb` (strict), drawn for A1 then A2 from one
 * generator, and the kept activations are divided by `keepProb`. Each numpy expression of the
 * notebook's solution is computed operation for operation.
 */
import type { DropoutCache, Params, RegularizationCache, RegularizationModule } from "dnn-autograder/contracts";
import { linearActivation } from "dnn-autograder/course/week1/linear-activation";
import { computeCost, sigmoid } from "dnn-autograder/course/week1/regularization";
import type { Gradients } from "dnn-autograder/course/types";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";
import { checkMatrix } from "dnn-autograder/np/check";
import { column, newRow, newRows } from "dnn-autograder/np/kernels";
import { RandomState } from "dnn-autograder/random";

// Bound once: under jest (and so in the graders) a global lookup costs ~100× a local one (see src/np/kernels).
const { isArray } = Array;
const { getPrototypeOf } = Object;

const relu = (Z: Matrix): Matrix => np.maximum(0, Z);

/**
 * Cross-entropy of `A3` against `Y`, both `(1, m)` (the course's `computeCost`: a mean
 * over the examples, `nansum`) plus the L2 term `lambd/(2m)·(ΣW1² + ΣW2² + ΣW3²)`;
 * biases are not penalised. A number.
 */
export function computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Params, lambd: number): number {
  const m = np.shape(Y)[1];
  const { W1, W2, W3 } = parameters;
  const crossEntropyCost = computeCost(A3, Y);
  const l2RegularizationCost = (lambd * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))) / (2 * m);
  return crossEntropyCost + l2RegularizationCost;
}

/** `(1/m)·dZ·Aprevᵀ + (lambd·W)/m`: a weight gradient with its L2 part (`lambd = 0`: none). */
function weightGradient(dZ: Matrix, Aprev: Matrix, W: Matrix, lambd: number, m: number): Matrix {
  const data = np.multiply(1 / m, np.dotNT(dZ, Aprev));
  return lambd === 0 ? data : np.add(data, np.divide(np.multiply(lambd, W), m));
}

/** `(1/m)·sum(dZ, axis=1, keepdims=True)`. */
function biasGradient(dZ: Matrix, m: number): Matrix {
  return np.multiply(1 / m, np.sum(dZ, { axis: 1, keepdims: true }));
}

/**
 * Backward pass of the 3-layer net from the forward's `cache`, `X` `(n_x, m)`, `Y` `(1, m)`:
 * `dZ3 = A3 − Y`, every `dW_l` `(n_l, n_{l−1})` with its own `1/m` plus `(lambd/m)·W_l`, `db_l`
 * `(n_l, 1)` unregularized. Keys `dZ3 dW3 db3 … dW1 db1`.
 */
export function backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: RegularizationCache, lambd: number): Gradients {
  const m = np.shape(X)[1];
  const { A1, W1, A2, W2, A3, W3 } = cache;
  const dZ3 = np.subtract(A3, Y);
  const dW3 = weightGradient(dZ3, A2, W3, lambd, m);
  const db3 = biasGradient(dZ3, m);
  const dA2 = np.dotTN(W3, dZ3);
  const dZ2 = np.multiply(dA2, np.greater(A2, 0));
  const dW2 = weightGradient(dZ2, A1, W2, lambd, m);
  const db2 = biasGradient(dZ2, m);
  const dA1 = np.dotTN(W2, dZ2);
  const dZ1 = np.multiply(dA1, np.greater(A1, 0));
  const dW1 = weightGradient(dZ1, X, W1, lambd, m);
  const db1 = biasGradient(dZ1, m);
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/** `(rng.rand(rows, cols) < keepProb)` as 0/1: a dropout mask shaped like `A`. */
export function dropoutMask(rng: RandomState, A: Matrix, keepProb: number, keep: (u: number, keepProb: number) => boolean = (u, k) => u < k): Matrix {
  const [rows, cols] = np.shape(A);
  return rng.rand(rows, cols).map((row) => row.map((u) => (keep(u, keepProb) ? 1 : 0)));
}

/*
 * The dropout forward and backward are fused: each layer is one pass that computes a product four
 * outputs at a time (each output the sequential sum over the inner index, exactly as `np.dot` here)
 * and finishes those outputs while they are in registers, instead of one pass per numpy operation.
 * Every value is still the notebook's expression, operation for operation and in numpy's order:
 * `Z = np.dot(W, A) + b`, `A = np.maximum(0, Z)`, `D = np.random.rand(*A.shape) < keep_prob` (drawn in
 * row-major order, D1 before D2), `A = A * D` then `A = A / keep_prob` (two roundings); backward
 * `dA = np.dot(W.T, dZ)`, `dA = dA * D`, `dA = dA / keep_prob`, `dZ = np.multiply(dA, np.int64(A > 0))`.
 * Inputs the fused kernels do not cover (shapes that broadcast or mismatch, an empty inner dimension,
 * a generator that is not a RandomState) take the unfused numpy expressions, with their errors.
 */

/** `[rows, cols]` of a rectangular `number[][]`, or `undefined` (the unfused path then reports any error). */
function shapeOf(a: unknown): [number, number] | undefined {
  if (!isArray(a) || a.length === 0 || !isArray(a[0])) return undefined;
  try {
    return checkMatrix("", "", a);
  } catch {
    return undefined;
  }
}

/** The shapes of `W` `(n, k)`, `b` `(n, 1)` and `Aprev` `(k, p)` with k, p ≥ 1, or `undefined`. */
function layerShape(W: Matrix, b: Matrix, Aprev: Matrix): [number, number, number] | undefined {
  const w = shapeOf(W);
  const a = shapeOf(Aprev);
  const c = shapeOf(b);
  if (!w || !a || !c || w[1] !== a[0] || c[0] !== w[0] || c[1] !== 1 || a[1] === 0) return undefined;
  return [w[0], w[1], a[1]];
}

/**
 * One hidden layer with dropout: `Z = np.dot(W, Aprev) + b`, `A = np.maximum(0, Z)`,
 * `D = (rng.rand(n, p) < keepProb)` as 0/1, then `A = (A * D) / keepProb`. Returns `[Z, D, A]`.
 */
function linearReluDropout(W: Matrix, b: Matrix, Aprev: Matrix, keepProb: number, rng: RandomState): [Matrix, Matrix, Matrix] {
  // Drawing with randomDouble, in row-major order, is drawing rng.rand(n, p) for a RandomState (not
  // necessarily for a subclass that overrides rand: that takes the unfused path, as any other generator).
  const exact = rng !== null && typeof rng === "object" && getPrototypeOf(rng) === RandomState.prototype;
  const shape = exact && typeof keepProb === "number" ? layerShape(W, b, Aprev) : undefined;
  if (!shape) {
    const Z = np.add(np.dot(W, Aprev), b);
    let A = relu(Z);
    const D = dropoutMask(rng, A, keepProb);
    A = np.divide(np.multiply(A, D), keepProb);
    return [Z, D, A];
  }
  const [n, k, p] = shape;
  const a0 = Aprev[0];
  const Z: Matrix = newRows(n);
  const D: Matrix = newRows(n);
  const A: Matrix = newRows(n);
  for (let i = 0; i < n; i++) {
    const w = W[i];
    const w0 = w[0];
    const bi = b[i][0];
    const z = newRow(p);
    const d = newRow(p);
    const a = newRow(p);
    let j = 0;
    for (; j + 3 < p; j += 4) {
      let s0 = w0 * a0[j],
        s1 = w0 * a0[j + 1],
        s2 = w0 * a0[j + 2],
        s3 = w0 * a0[j + 3];
      for (let t = 1; t < k; t++) {
        const wt = w[t];
        const at = Aprev[t];
        s0 += wt * at[j];
        s1 += wt * at[j + 1];
        s2 += wt * at[j + 2];
        s3 += wt * at[j + 3];
      }
      s0 += bi;
      s1 += bi;
      s2 += bi;
      s3 += bi;
      z[j] = s0;
      z[j + 1] = s1;
      z[j + 2] = s2;
      z[j + 3] = s3;
      // The mask's draws in row-major order (rng.rand(n, p) < keepProb); np.maximum(0, z): 0 on ties (so -0 gives 0), NaN propagates.
      const m0 = rng.randomDouble() < keepProb ? 1 : 0;
      const m1 = rng.randomDouble() < keepProb ? 1 : 0;
      const m2 = rng.randomDouble() < keepProb ? 1 : 0;
      const m3 = rng.randomDouble() < keepProb ? 1 : 0;
      d[j] = m0;
      d[j + 1] = m1;
      d[j + 2] = m2;
      d[j + 3] = m3;
      a[j] = ((0 >= s0 ? 0 : s0) * m0) / keepProb;
      a[j + 1] = ((0 >= s1 ? 0 : s1) * m1) / keepProb;
      a[j + 2] = ((0 >= s2 ? 0 : s2) * m2) / keepProb;
      a[j + 3] = ((0 >= s3 ? 0 : s3) * m3) / keepProb;
    }
    for (; j < p; j++) {
      let s = w0 * a0[j];
      for (let t = 1; t < k; t++) s += w[t] * Aprev[t][j];
      s += bi;
      z[j] = s;
      const mj = rng.randomDouble() < keepProb ? 1 : 0;
      d[j] = mj;
      a[j] = ((0 >= s ? 0 : s) * mj) / keepProb;
    }
    Z[i] = z;
    D[i] = d;
    A[i] = a;
  }
  return [Z, D, A];
}

/** The output layer: `Z = np.dot(W, Aprev) + b`, `A = sigmoid(Z)` (`1 / (1 + np.exp(-Z))`). Returns `[Z, A]`. */
function linearSigmoid(W: Matrix, b: Matrix, Aprev: Matrix): [Matrix, Matrix] {
  if (!layerShape(W, b, Aprev)) {
    const Z = np.add(np.dot(W, Aprev), b);
    return [Z, sigmoid(Z)];
  }
  return linearActivation(3, W, b, Aprev, "A2", "sigmoid");
}

/**
 * LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID on `X` `(n_x, m)` with inverted dropout on both hidden layers:
 * `D_l = rng.rand(n_l, m) < keepProb` (strict, 0/1; D1 then D2 from one generator, the course's seed
 * 1), `A_l = (A_l·D_l)/keepProb`. Returns `A3` `(1, m)` and the `DropoutCache`.
 */
export function forwardPropagationWithDropout(
  X: Matrix,
  parameters: Params,
  keepProb = 0.5,
  rng: RandomState = new RandomState(1),
): { A3: Matrix; cache: DropoutCache } {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  const [Z1, D1, A1] = linearReluDropout(W1, b1, X, keepProb, rng);
  const [Z2, D2, A2] = linearReluDropout(W2, b2, A1, keepProb, rng);
  const [Z3, A3] = linearSigmoid(W3, b3, A2);
  return { A3, cache: { Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3 } };
}

/**
 * Backward through a linear layer into the dropout and ReLU before it: `dA = np.dot(W.T, dZ)`,
 * `dA = dA * D`, `dA = dA / keepProb`, then `dZprev = np.multiply(dA, np.int64(Aprev > 0))`, for `W`
 * `(n, k)`, `dZ` `(n, m)`, `D` and `Aprev` `(k, m)`. Returns `[dA, dZprev]`.
 */
function linearDropoutReluBackward(W: Matrix, dZ: Matrix, D: Matrix, Aprev: Matrix, keepProb: number): [Matrix, Matrix] {
  const w = shapeOf(W);
  const z = shapeOf(dZ);
  const dShape = shapeOf(D);
  const a = shapeOf(Aprev);
  if (
    typeof keepProb !== "number" ||
    !w ||
    !z ||
    !dShape ||
    !a ||
    w[0] !== z[0] ||
    z[1] === 0 ||
    dShape[0] !== w[1] ||
    dShape[1] !== z[1] ||
    a[0] !== w[1] ||
    a[1] !== z[1]
  ) {
    const dA = np.divide(np.multiply(np.dotTN(W, dZ), D), keepProb);
    return [dA, np.multiply(dA, np.greater(Aprev, 0))];
  }
  const [n, k] = w;
  const p = z[1];
  const d0 = dZ[0];
  const dA: Matrix = newRows(k);
  const dZprev: Matrix = newRows(k);
  for (let t = 0; t < k; t++) {
    const wt = column(W, t, n);
    const w0 = wt[0];
    const mask = D[t];
    const prev = Aprev[t];
    const da = newRow(p);
    const dz = newRow(p);
    let j = 0;
    for (; j + 3 < p; j += 4) {
      let s0 = w0 * d0[j],
        s1 = w0 * d0[j + 1],
        s2 = w0 * d0[j + 2],
        s3 = w0 * d0[j + 3];
      for (let i = 1; i < n; i++) {
        const wi = wt[i];
        const di = dZ[i];
        s0 += wi * di[j];
        s1 += wi * di[j + 1];
        s2 += wi * di[j + 2];
        s3 += wi * di[j + 3];
      }
      s0 = (s0 * mask[j]) / keepProb;
      s1 = (s1 * mask[j + 1]) / keepProb;
      s2 = (s2 * mask[j + 2]) / keepProb;
      s3 = (s3 * mask[j + 3]) / keepProb;
      da[j] = s0;
      da[j + 1] = s1;
      da[j + 2] = s2;
      da[j + 3] = s3;
      dz[j] = s0 * (prev[j] > 0 ? 1 : 0);
      dz[j + 1] = s1 * (prev[j + 1] > 0 ? 1 : 0);
      dz[j + 2] = s2 * (prev[j + 2] > 0 ? 1 : 0);
      dz[j + 3] = s3 * (prev[j + 3] > 0 ? 1 : 0);
    }
    for (; j < p; j++) {
      let s = w0 * d0[j];
      for (let i = 1; i < n; i++) s += wt[i] * dZ[i][j];
      s = (s * mask[j]) / keepProb;
      da[j] = s;
      dz[j] = s * (prev[j] > 0 ? 1 : 0);
    }
    dA[t] = da;
    dZprev[t] = dz;
  }
  return [dA, dZprev];
}

/**
 * Backward pass through the cached masks: `dA_l = (W_{l+1}ᵀ·dZ_{l+1})·D_l/keepProb`, ReLU derivative
 * from the cached (masked) `A_l`; `dZ3 = A3 − Y` and every `dW`/`db` with its own `1/m`, for `X`
 * `(n_x, m)`, `Y` `(1, m)`. Keys `dZ3 dW3 db3 … dW1 db1`.
 */
export function backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: number): Gradients {
  const m = np.shape(X)[1];
  const { D1, A1, D2, A2, W2, A3, W3 } = cache;
  const dZ3 = np.subtract(A3, Y);
  const dW3 = weightGradient(dZ3, A2, W3, 0, m);
  const db3 = biasGradient(dZ3, m);
  const [dA2, dZ2] = linearDropoutReluBackward(W3, dZ3, D2, A2, keepProb);
  const dW2 = weightGradient(dZ2, A1, W2, 0, m);
  const db2 = biasGradient(dZ2, m);
  const [dA1, dZ1] = linearDropoutReluBackward(W2, dZ2, D1, A1, keepProb);
  const dW1 = weightGradient(dZ1, X, cache.W1, 0, m);
  const db1 = biasGradient(dZ1, m);
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/** The answer key's graded functions, as the `RegularizationModule` contract. */
export const reference: RegularizationModule = {
  computeCostWithRegularization,
  backwardPropagationWithRegularization,
  forwardPropagationWithDropout,
  backwardPropagationWithDropout,
};
