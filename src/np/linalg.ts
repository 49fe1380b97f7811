import { checkMatrix } from "./check";
import type { Matrix } from "./matrix";

/**
 * `np.dot(a, b)` for 2-D matrices: the matrix product, `(n,k)·(k,p) → (n,p)`.
 *
 * Summation order: each `out[i][j]` is the sequential sum over `k` in index order,
 * `((a[i][0]·b[0][j] + a[i][1]·b[1][j]) + a[i][2]·b[2][j]) + …`, one rounding per product and per
 * addition (no FMA). The loops run i-k-j so the innermost loop walks rows of `b` and `out`. numpy
 * calls BLAS, whose blocked, FMA-using order differs in the last bits: expect ~1e-16 relative
 * differences, not equality.
 */
export function dot(a: Matrix, b: Matrix): Matrix {
  const [n, k] = checkMatrix("dot", "a", a);
  const [k2, p] = checkMatrix("dot", "b", b);
  if (k !== k2) {
    throw new RangeError(`dot: (${n},${k})·(${k2},${p}): inner dimensions ${k} and ${k2} differ`);
  }
  const out: Matrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const ai = a[i];
    const row: number[] = new Array(p);
    if (k === 0) {
      for (let j = 0; j < p; j++) row[j] = 0;
    } else {
      const a0 = ai[0];
      const b0 = b[0];
      for (let j = 0; j < p; j++) row[j] = a0 * b0[j];
      for (let t = 1; t < k; t++) {
        const at = ai[t];
        const bt = b[t];
        for (let j = 0; j < p; j++) row[j] += at * bt[j];
      }
    }
    out[i] = row;
  }
  return out;
}
