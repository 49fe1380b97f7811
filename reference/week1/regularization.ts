/**
 * Answer key for week 1 "Regularization". Never shipped to students.
 * Conventions (docs/course.md): every `dW`/`db` carries its own `1/m` and `dZ3 = A3 − Y`; the L2 term is
 * `lambd/(2m)·ΣW²`; dropout masks are `rand < keepProb` (strict), drawn for A1 then A2 from one
 * generator, and the kept activations are divided by `keepProb`. Each numpy expression of the
 * notebook's solution is computed operation for operation.
 */
import type { DropoutCache, Params, RegularizationCache, RegularizationModule } from "dnn-autograder/contracts";
import { dropoutMask as uniformMask, linearDropoutReluBackward, maskAndScale, reluBackward } from "dnn-autograder/course/week1/dropout";
import { linearActivation } from "dnn-autograder/course/week1/linear-activation";
import { computeCost } from "dnn-autograder/course/week1/regularization";
import type { Gradients } from "dnn-autograder/course/types";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";

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
  const dZ2 = reluBackward(dA2, A2); // dA2 * (A2 > 0)
  const dW2 = weightGradient(dZ2, A1, W2, lambd, m);
  const db2 = biasGradient(dZ2, m);
  const dA1 = np.dotTN(W2, dZ2);
  const dZ1 = reluBackward(dA1, A1); // dA1 * (A1 > 0)
  const dW1 = weightGradient(dZ1, X, W1, lambd, m);
  const db1 = biasGradient(dZ1, m);
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/**
 * `(rng.rand(rows, cols) < keepProb)` as 0/1: a dropout mask shaped like `A`. `keep` replaces the
 * comparison (the known mistakes pass `u > keepProb`, `u <= keepProb`).
 */
export function dropoutMask(rng: RandomState, A: Matrix, keepProb: number, keep?: (u: number, keepProb: number) => boolean): Matrix {
  const [rows, cols] = np.shape(A);
  if (!keep) return uniformMask(rng, rows, cols, keepProb);
  return np.map(rng.rand(rows, cols), (u) => (keep(u, keepProb) ? 1 : 0));
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
  // Z_l = np.dot(W_l, A_{l−1}) + b_l and its activation, in one pass per row of the product.
  const [Z1, relu1] = linearActivation(1, W1, b1, X, "X", "relu");
  const D1 = dropoutMask(rng, relu1, keepProb);
  const A1 = maskAndScale(relu1, D1, keepProb, true); // A1 = A1 * D1; A1 = A1 / keepProb (into relu1's rows)
  const [Z2, relu2] = linearActivation(2, W2, b2, A1, "A1", "relu");
  const D2 = dropoutMask(rng, relu2, keepProb);
  const A2 = maskAndScale(relu2, D2, keepProb, true); // A2 = A2 * D2; A2 = A2 / keepProb (into relu2's rows)
  const [Z3, A3] = linearActivation(3, W3, b3, A2, "A2", "sigmoid");
  return { A3, cache: { Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3 } };
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
  // dA2 = np.dot(W3.T, dZ3), dA2 = dA2 * D2, dA2 = dA2 / keepProb; dZ2 = dA2 * (A2 > 0)
  const [dA2, dZ2] = linearDropoutReluBackward(W3, dZ3, D2, keepProb, A2);
  const dW2 = weightGradient(dZ2, A1, W2, 0, m);
  const db2 = biasGradient(dZ2, m);
  // dA1 = np.dot(W2.T, dZ2), dA1 = dA1 * D1, dA1 = dA1 / keepProb; dZ1 = dA1 * (A1 > 0)
  const [dA1, dZ1] = linearDropoutReluBackward(W2, dZ2, D1, keepProb, A1);
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
