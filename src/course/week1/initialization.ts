import * as np from "../../np";
import type { Matrix } from "../../np";
import { column, newRow, rowTimesMatrix } from "../../np/kernels";
import { pythonFloat } from "../format";
import type { Gradients, Params } from "../types";

/**
 * The code the Initialization notebook provides (init_utils.py and the notebook's `model`), not
 * graded: the 3-layer net LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, its loss, backward pass, update,
 * prediction and training loop. Every numpy expression of the course is computed operation for
 * operation (same operations, same order, same roundings), so results agree with numpy to the last
 * bit except where numpy's BLAS sums a matrix product in another order (see `np.dot`). The two
 * layer kernels below fuse a product with the elementwise step that follows it, for speed.
 */

/** The cache of `forwardPropagation`: the course's tuple `(z1, a1, W1, b1, …, z3, a3, W3, b3)`, by name. */
export interface ForwardCache {
  Z1: Matrix; A1: Matrix; W1: Matrix; b1: Matrix;
  Z2: Matrix; A2: Matrix; W2: Matrix; b2: Matrix;
  Z3: Matrix; A3: Matrix; W3: Matrix; b3: Matrix;
}

/** `1/(1 + exp(−x))`, elementwise. */
export function sigmoid(x: Matrix): Matrix {
  return np.divide(1, np.add(1, np.exp(np.negative(x))));
}

/** `np.maximum(0, x)`, elementwise (NaN stays NaN). */
export function relu(x: Matrix): Matrix {
  return np.maximum(0, x);
}

/** `Z = np.dot(W, Aprev) + b` and `A = relu(Z)` or `sigmoid(Z)`, row by row. */
function linearActivation(W: Matrix, Aprev: Matrix, b: Matrix, activation: "relu" | "sigmoid"): [Matrix, Matrix] {
  const [n, k] = np.shape(W);
  const p = np.shape(Aprev)[1];
  np.add(np.dot([W[0] ?? []], [np.shape(Aprev).map(() => 0)].slice(0, 0).concat(Aprev.slice(0, 1)).length ? [] : [], []), 0);
  const Z: Matrix = new Array(n);
  const A: Matrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const z = newRow(p);
    const a = newRow(p);
    rowTimesMatrix(W[i], Aprev, k, p, z);
    const bi = b[i][0];
    if (activation === "relu") {
      for (let j = 0; j < p; j++) {
        const v = z[j] + bi;
        z[j] = v;
        a[j] = 0 >= v ? 0 : v; // np.maximum(0, v): the first operand on a tie, NaN propagates
      }
    } else {
      for (let j = 0; j < p; j++) {
        const v = z[j] + bi;
        z[j] = v;
        a[j] = 1 / (1 + Math.exp(-v));
      }
    }
    Z[i] = z;
    A[i] = a;
  }
  return [Z, A];
}
