import type { Matrix } from "../../np";
import { column, newRow, newRows } from "../../np/kernels";

/**
 * Backward through a linear layer into the ReLU before it, for the week-1 course helpers:
 * `dA = np.dot(W.T, dZ)` `(k, m)` and `dZprev = np.multiply(dA, np.int64(Aprev > 0))` `(k, m)`, for
 * `W` `(n, k)`, `dZ` `(n, m)` and `Aprev` `(k, m)` (trusted shapes: callers check them).
 *
 * One pass: each output of the product is the sequential sum over `n` (as `np.dot` here), four
 * columns at a time, and the ReLU mask is applied while the sums are still in registers.
 */
export function linearReluBackward(W: Matrix, dZ: Matrix, Aprev: Matrix): [Matrix, Matrix] {
  const n = W.length;
  const k = n > 0 ? W[0].length : Aprev.length;
  const p = dZ.length > 0 ? dZ[0].length : Aprev.length > 0 ? Aprev[0].length : 0;
  const d0 = n > 0 ? dZ[0] : newRow(p).fill(0); // an empty product is 0
  const dA: Matrix = newRows(k);
  const dZprev: Matrix = newRows(k);
  for (let t = 0; t < k; t++) {
    const w = column(W, t, n);
    const w0 = n > 0 ? w[0] : 0;
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
        const wi = w[i];
        const di = dZ[i];
        s0 += wi * di[j];
        s1 += wi * di[j + 1];
        s2 += wi * di[j + 2];
        s3 += wi * di[j + 3];
      }
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
      for (let i = 1; i < n; i++) s += w[i] * dZ[i][j];
      da[j] = s;
      dz[j] = s * (prev[j] > 0 ? 1 : 0);
    }
    dA[t] = da;
    dZprev[t] = dz;
  }
  return [dA, dZprev];
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
