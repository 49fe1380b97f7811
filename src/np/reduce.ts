import { checkMatrix } from "./check";
import { newRow, newRows, pairwiseSum } from "./kernels";
import type { Matrix } from "./matrix";

/**
 * Reductions with numpy's `axis`/`keepdims` semantics and numpy's summation order, so sums agree
 * with numpy to the last bit:
 * - no axis: the whole matrix, flattened row-major, by numpy's pairwise summation → a number
 *   (`keepdims: true` → `(1, 1)`);
 * - `axis: 1` (across the columns of each row, e.g. `db = sum(dZ, {axis: 1, keepdims: true})`):
 *   pairwise along each row → `number[]` of length rows, or `(rows,1)` with `keepdims`;
 * - `axis: 0` (down each column): sequential over the rows, as numpy does for a C-ordered array →
 *   `number[]` of length cols, or `(1,cols)` with `keepdims`.
 * (numpy's pairwise summation: see `pairwiseSum` in ./kernels.)
 */
export interface ReduceOptions {
  axis?: 0 | 1;
  keepdims?: boolean;
}

let scratch: number[] = newRow(1024);

/**
 * The pairwise sum of rows `r0 … r1−1` of `a`, flattened row-major; with `nan`, NaN counts as 0.
 * A single row without NaN handling is summed in place; otherwise the values are copied to a scratch row.
 */
function sumRows(a: Matrix, r0: number, r1: number, cols: number, nan: boolean): number {
  if (r1 - r0 === 1 && !nan) return pairwiseSum(a[r0], 0, cols) + 0;
  const n = (r1 - r0) * cols;
  if (scratch.length < n) scratch = newRow(n > 2 * scratch.length ? n : 2 * scratch.length);
  const x = scratch;
  let k = 0;
  for (let i = r0; i < r1; i++) {
    const ai = a[i];
    if (nan) {
      for (let j = 0; j < cols; j++, k++) x[k] = ai[j] !== ai[j] ? 0 : ai[j];
    } else {
      for (let j = 0; j < cols; j++, k++) x[k] = ai[j];
    }
  }
  // numpy adds the pairwise sum to the reduction's initial 0, which turns a -0 result into +0.
  return pairwiseSum(x, 0, n) + 0;
}

type Kind = "sum" | "nansum" | "mean";

function reduce(fn: Kind, a: Matrix, options: ReduceOptions | undefined): number | number[] | Matrix {
  const [rows, cols] = checkMatrix(fn, "a", a);
  const { axis, keepdims = false } = options ?? {};
  const nan = fn === "nansum";
  if (axis === undefined) {
    let total = sumRows(a, 0, rows, cols, nan);
    if (fn === "mean") total /= rows * cols;
    return keepdims ? [[total]] : total;
  }
  if (axis === 1) {
    const out = newRow(rows);
    for (let i = 0; i < rows; i++) out[i] = sumRows(a, i, i + 1, cols, nan);
    if (fn === "mean") for (let i = 0; i < rows; i++) out[i] /= cols;
    if (!keepdims) return out;
    const column: Matrix = newRows(rows);
    for (let i = 0; i < rows; i++) column[i] = [out[i]];
    return column;
  }
  if (axis === 0) {
    const out = newRow(cols);
    for (let j = 0; j < cols; j++) out[j] = 0;
    for (let i = 0; i < rows; i++) {
      const ai = a[i];
      if (nan) {
        for (let j = 0; j < cols; j++) out[j] += ai[j] !== ai[j] ? 0 : ai[j];
      } else {
        for (let j = 0; j < cols; j++) out[j] += ai[j];
      }
    }
    if (fn === "mean") for (let j = 0; j < cols; j++) out[j] /= rows;
    return keepdims ? [out] : out;
  }
  throw new RangeError(`${fn}: axis must be 0, 1 or undefined, got ${String(axis)}`);
}

/** The return type follows the options: a number without axis, `number[]` with one, a Matrix with `keepdims`. */
export interface Reduction {
  (a: Matrix, options?: { axis?: undefined; keepdims?: false }): number;
  (a: Matrix, options: { axis: 0 | 1; keepdims?: false }): number[];
  (a: Matrix, options: { axis?: 0 | 1; keepdims: true }): Matrix;
  (a: Matrix, options?: ReduceOptions): number | number[] | Matrix;
}

/** `np.sum(a, axis, keepdims)`: see the module comment for shapes and summation order. */
export const sum = ((a: Matrix, options?: ReduceOptions) => reduce("sum", a, options)) as Reduction;

/** `np.nansum(a, axis, keepdims)`: `sum` with NaN read as 0 (±Infinity still count). */
export const nansum = ((a: Matrix, options?: ReduceOptions) => reduce("nansum", a, options)) as Reduction;

/** `np.mean(a, axis, keepdims)`: the `sum` divided by the count reduced over (NaN when that count is 0). */
export const mean = ((a: Matrix, options?: ReduceOptions) => reduce("mean", a, options)) as Reduction;
