import type { Matrix } from "../../np";
import { newRow, newRows, productRows, productTN } from "../../np/kernels";

/**
 * Backward through a linear layer into the ReLU before it, for the week-1 course helpers:
 * `dA = np.dot(W.T, dZ)` `(k, m)` and `dZprev = np.multiply(dA, np.int64(Aprev > 0))` `(k, m)`, for
 * `W` `(n, k)`, `dZ` `(n, m)` and `Aprev` `(k, m)` (trusted shapes: callers check them).
 *
 * Row `t` of the product is column `t` of `W` times `dZ` (src/np's `np.dotTN` kernel, two columns at a
 * time, each output the sequential sum over `n`, as `np.dot`); then the ReLU mask makes each row of `dZprev`.
 */
export function linearReluBackward(W: Matrix, dZ: Matrix, Aprev: Matrix): [Matrix, Matrix] {
  const n = W.length;
  const k = n > 0 ? W[0].length : Aprev.length;
  const p = dZ.length > 0 ? dZ[0].length : Aprev.length > 0 ? Aprev[0].length : 0;
  const dA: Matrix = productRows(k, p, n === 0);
  const dZprev: Matrix = newRows(k);
  if (n > 0) productTN(W, dZ, k, n, p, dA);
  for (let t = 0; t < k; t++) {
    const da = dA[t];
    const prev = Aprev[t];
    const dz = newRow(p);
    reluMaskRow(da, prev, p, dz);
    dZprev[t] = dz;
  }
  return [dA, dZprev];
}

/**
 * One row of the ReLU's backward, `out[j] = da[j] · (prev[j] > 0 ? 1 : 0)` for j < p: a multiplication
 * (a NaN or infinite `da` where `prev ≤ 0` gives NaN, a negative one −0, as numpy's
 * `np.multiply(dA, np.int64(A > 0))`). `out` may be `da` itself.
 */
export function reluMaskRow(da: number[], prev: number[], p: number, out: number[]): void {
  const p4 = p - (p % 4);
  let j = 0;
  // Four elements a turn (measured faster than one), each as below.
  for (; j < p4; j += 4) {
    out[j] = da[j] * (prev[j] > 0 ? 1 : 0);
    out[j + 1] = da[j + 1] * (prev[j + 1] > 0 ? 1 : 0);
    out[j + 2] = da[j + 2] * (prev[j + 2] > 0 ? 1 : 0);
    out[j + 3] = da[j + 3] * (prev[j + 3] > 0 ? 1 : 0);
  }
  for (; j < p; j++) out[j] = da[j] * (prev[j] > 0 ? 1 : 0);
}

/** `scale · a`, elementwise, into a new matrix (`1./m * np.dot(…)` with `scale = 1/m`). */
export function scaled(scale: number, a: Matrix): Matrix {
  const out: Matrix = newRows(a.length);
  for (let i = 0; i < a.length; i++) {
    const row = a[i];
    const r = newRow(row.length);
    for (let j = 0; j < row.length; j++) r[j] = scale * row[j];
    out[i] = r;
  }
  return out;
}
