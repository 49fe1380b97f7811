import * as np from "../../np";
import type { Matrix } from "../../np";
import { checkMatrix } from "../../np/check";
import { newRow, newRows } from "../../np/kernels";
import { RandomState } from "../../random";
import { reluMaskRow } from "./relu-backward";

/*
 * Inverted dropout's elementwise steps, each one pass with numpy's roundings, for the week-1 course
 * code and the Regularization answer key (shapes `(n, m)`, examples as columns). Operands of different
 * shapes (numpy would broadcast) take the plain np expressions, with their results and their errors.
 */

/** `[rows, cols]` when `a` and `b` are matrices of one shape, otherwise `undefined`. */
function sameShape(fn: string, a: Matrix, b: Matrix): [number, number] | undefined {
  const [rows, cols] = checkMatrix(fn, "a", a);
  const [br, bc] = checkMatrix(fn, "b", b);
  return rows === br && cols === bc ? [rows, cols] : undefined;
}

/**
 * The dropout mask `D = np.random.rand(rows, cols) < keepProb` as 0/1, `(rows, cols)`: the draws of
 * `rng.rand(rows, cols)`, in row-major order, compared strictly (a draw equal to `keepProb` drops the
 * unit; a NaN `keepProb` drops every unit). A `RandomState` whose `rand` is its own compares without
 * building the uniforms (`randLess`); any other generator's `rand` is called and compared.
 */
export function dropoutMask(rng: RandomState, rows: number, cols: number, keepProb: number): Matrix {
  if (typeof keepProb === "number" && rng instanceof RandomState && rng.rand === randOfRandomState) return rng.randLess(rows, cols, keepProb);
  return np.less(rng.rand(rows, cols), keepProb);
}

/** `RandomState.prototype.rand`, which `randLess` draws as. */
const randOfRandomState = RandomState.prototype.rand;

/**
 * Inverted dropout's `A = A * D` then `A = A / keepProb` for `A` and the 0/1 mask `D` of one shape
 * `(n, m)`, as one new matrix: each element `(a·d) / keepProb`, a multiplication then a division (two
 * roundings, as numpy's two operations; never a multiplication by `1/keepProb`, which rounds differently).
 * Forward it masks and scales the activations, backward their gradient `dA`. With `reuse`, `A` is a
 * temporary its caller no longer reads: its rows receive the result, and `A` itself is returned.
 */
export function maskAndScale(A: Matrix, D: Matrix, keepProb: number, reuse = false): Matrix {
  const shape = sameShape("maskAndScale", A, D);
  if (!shape || typeof keepProb !== "number") return np.divide(np.multiply(A, D), keepProb);
  const [rows, cols] = shape;
  const k = keepProb * 1; // an unboxed double in the loop (see src/np/elementwise)
  const out: Matrix = reuse ? A : newRows(rows);
  const c4 = cols - (cols % 4);
  for (let i = 0; i < rows; i++) {
    const a = A[i];
    const d = D[i];
    const o = reuse ? a : newRow(cols);
    let j = 0;
    // Four elements a turn (as src/np's elementwise kernels), each as below.
    for (; j < c4; j += 4) {
      o[j] = (a[j] * d[j]) / k;
      o[j + 1] = (a[j + 1] * d[j + 1]) / k;
      o[j + 2] = (a[j + 2] * d[j + 2]) / k;
      o[j + 3] = (a[j + 3] * d[j + 3]) / k;
    }
    for (; j < cols; j++) o[j] = (a[j] * d[j]) / k;
    out[i] = o;
  }
  return out;
}

/**
 * The ReLU's backward, `dZ = np.multiply(dA, np.int64(A > 0))`, for `dA` and the layer's output `A` of
 * one shape `(n, m)`, in one pass: each element `dA·1` or `dA·0` (a multiplication, so a NaN or infinite
 * `dA` where `A ≤ 0` gives NaN and a negative one −0, as numpy's).
 */
export function reluBackward(dA: Matrix, A: Matrix): Matrix {
  const shape = sameShape("reluBackward", dA, A);
  if (!shape) return np.multiply(dA, np.greater(A, 0));
  const [rows, cols] = shape;
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const o = newRow(cols);
    reluMaskRow(dA[i], A[i], cols, o);
    out[i] = o;
  }
  return out;
}

/**
 * Backward through a linear layer, then its dropout mask, into the ReLU before it:
 * `dA = np.dot(W.T, dZ)`, `dA = dA * D`, `dA = dA / keepProb`, then `dZprev = np.multiply(dA,
 * np.int64(A > 0))`, for `W` `(n, k)`, `dZ` `(n, m)` and the layer's mask `D` and masked output `A`,
 * both `(k, m)`; returns `[dA, dZprev]`, both `(k, m)`. The product is src/np's `np.dotTN` (each output
 * the sequential sum over `n`); each row is then masked, divided and gated in one pass, the operations
 * and roundings of the four numpy expressions. Shapes that do not fit take the numpy expressions.
 */
export function linearDropoutReluBackward(W: Matrix, dZ: Matrix, D: Matrix, keepProb: number, A: Matrix): [Matrix, Matrix] {
  const dA = np.dotTN(W, dZ);
  const shape = sameShape("linearDropoutReluBackward", dA, D);
  const fits = shape !== undefined && sameShape("linearDropoutReluBackward", dA, A) !== undefined && typeof keepProb === "number";
  if (!fits) {
    const masked = np.divide(np.multiply(dA, D), keepProb);
    return [masked, np.multiply(masked, np.greater(A, 0))];
  }
  const [rows, cols] = shape;
  const k = keepProb * 1; // an unboxed double in the loop (see src/np/elementwise)
  const dZprev: Matrix = newRows(rows);
  const c4 = cols - (cols % 4);
  for (let i = 0; i < rows; i++) {
    const da = dA[i]; // the product's own row: masked and divided in place
    const d = D[i];
    const a = A[i];
    const dz = newRow(cols);
    let j = 0;
    // Four elements a turn (as src/np's elementwise kernels), each as below.
    for (; j < c4; j += 4) {
      const g0 = (da[j] * d[j]) / k;
      const g1 = (da[j + 1] * d[j + 1]) / k;
      const g2 = (da[j + 2] * d[j + 2]) / k;
      const g3 = (da[j + 3] * d[j + 3]) / k;
      da[j] = g0;
      da[j + 1] = g1;
      da[j + 2] = g2;
      da[j + 3] = g3;
      dz[j] = g0 * (a[j] > 0 ? 1 : 0);
      dz[j + 1] = g1 * (a[j + 1] > 0 ? 1 : 0);
      dz[j + 2] = g2 * (a[j + 2] > 0 ? 1 : 0);
      dz[j + 3] = g3 * (a[j + 3] > 0 ? 1 : 0);
    }
    for (; j < cols; j++) {
      const g = (da[j] * d[j]) / k;
      da[j] = g;
      dz[j] = g * (a[j] > 0 ? 1 : 0);
    }
    dZprev[i] = dz;
  }
  return [dA, dZprev];
}
