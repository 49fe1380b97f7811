import { checkMatrix } from "./check";
import { column, newRow, rowTimesMatrix, rowTimesTransposed } from "./kernels";
import type { Matrix } from "./matrix";

/**
 * Matrix products. Summation order: each output is the sequential sum over the inner index in
 * index order, `((a[i][0]·b[0][j] + a[i][1]·b[1][j]) + a[i][2]·b[2][j]) + …` (one rounding per product
 * and per addition, no FMA), the same in all three functions, so `dotNT(a, b)` equals
 * `dot(a, transpose(b))` bit for bit. numpy calls BLAS, whose blocked FMA order differs in the last
 * bits: expect ~1e-16 relative differences from numpy, not equality. An empty inner dimension gives zeros.
 */

function product(
  fn: string,
  [n, k]: [number, number],
  [k2, p]: [number, number],
  shapes: string,
  fill: (i: number, row: number[]) => void,
): Matrix {
  if (k !== k2) throw new RangeError(`${fn}: ${shapes}: inner dimensions ${k} and ${k2} differ`);
  const out: Matrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = newRow(p);
    if (k === 0) for (let j = 0; j < p; j++) row[j] = 0;
    else fill(i, row);
    out[i] = row;
  }
  return out;
}

/** `np.dot(a, b)` for 2-D matrices: the matrix product `(n,k)·(k,p) → (n,p)`. */
export function dot(a: Matrix, b: Matrix): Matrix {
  const sa = checkMatrix("dot", "a", a);
  const sb = checkMatrix("dot", "b", b);
  return product("dot", sa, sb, `(${sa})·(${sb})`, (i, row) => rowTimesMatrix(a[i], b, sa[1], sb[1], row));
}

/** `np.dot(a, b.T)` without building the transpose: `(n,k)·(p,k)ᵀ → (n,p)` (the course's `dW = dZ·Aᵀ`). */
export function dotNT(a: Matrix, b: Matrix): Matrix {
  const sa = checkMatrix("dotNT", "a", a);
  const sb = checkMatrix("dotNT", "b", b);
  const bt: [number, number] = [sb[1], sb[0]];
  return product("dotNT", sa, bt, `(${sa})·(${sb})ᵀ`, (i, row) => rowTimesTransposed(a[i], b, sb[0], sa[1], row));
}

/** `np.dot(a.T, b)` without building the transpose: `(k,n)ᵀ·(k,p) → (n,p)` (the course's `dA = Wᵀ·dZ`). */
export function dotTN(a: Matrix, b: Matrix): Matrix {
  const sa = checkMatrix("dotTN", "a", a);
  const sb = checkMatrix("dotTN", "b", b);
  const at: [number, number] = [sa[1], sa[0]];
  return product("dotTN", at, sb, `(${sa})ᵀ·(${sb})`, (i, row) => rowTimesMatrix(column(a, i, sa[0]), b, sa[0], sb[1], row));
}
