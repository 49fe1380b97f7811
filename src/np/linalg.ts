import { checkMatrix, formatShape } from "./check";
import { product, productRows, productTN, productTransposed } from "./kernels";
import type { Matrix } from "./matrix";

/**
 * Matrix products. Summation order: each output is the sequential sum over the inner index in
 * index order, `((a[i][0]·b[0][j] + a[i][1]·b[1][j]) + a[i][2]·b[2][j]) + …` (one rounding per product
 * and per addition, no FMA), the same in all three functions, so `dotNT(a, b)` equals
 * `dot(a, transpose(b))` bit for bit. numpy calls BLAS, whose blocked FMA order differs in the last
 * bits: expect ~1e-16 relative differences from numpy, not equality. An empty inner dimension gives zeros.
 */

/** The error of a product whose inner dimensions differ (its text is built only then: products are hot). */
function innerMismatch(fn: string, shapes: string, k: number, k2: number): RangeError {
  return new RangeError(`${fn}: ${shapes}: inner dimensions ${k} and ${k2} differ`);
}

/** `np.dot(a, b)` for 2-D matrices: the matrix product `(n,k)·(k,p) → (n,p)`. */
export function dot(a: Matrix, b: Matrix): Matrix {
  const [n, k] = checkMatrix("dot", "a", a);
  const [k2, p] = checkMatrix("dot", "b", b);
  if (k !== k2) throw innerMismatch("dot", `${formatShape([n, k])}·${formatShape([k2, p])}`, k, k2);
  const out = productRows(n, p, k === 0);
  if (k > 0) product(a, b, n, k, p, out);
  return out;
}

/** `np.dot(a, b.T)` without building the transpose: `(n,k)·(p,k)ᵀ → (n,p)` (the course's `dW = dZ·Aᵀ`). */
export function dotNT(a: Matrix, b: Matrix): Matrix {
  const [n, k] = checkMatrix("dotNT", "a", a);
  const [p, k2] = checkMatrix("dotNT", "b", b);
  if (k !== k2) throw innerMismatch("dotNT", `${formatShape([n, k])}·${formatShape([p, k2])}ᵀ`, k, k2);
  const out = productRows(n, p, k === 0);
  if (k > 0) productTransposed(a, b, n, p, k, out);
  return out;
}

/** `np.dot(a.T, b)` without building the transpose: `(k,n)ᵀ·(k,p) → (n,p)` (the course's `dA = Wᵀ·dZ`). */
export function dotTN(a: Matrix, b: Matrix): Matrix {
  const [k, n] = checkMatrix("dotTN", "a", a);
  const [k2, p] = checkMatrix("dotTN", "b", b);
  if (k !== k2) throw innerMismatch("dotTN", `${formatShape([k, n])}ᵀ·${formatShape([k2, p])}`, k, k2);
  const out = productRows(n, p, k === 0);
  if (k > 0) productTN(a, b, n, k, p, out);
  return out;
}
