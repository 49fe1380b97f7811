import { checkMatrix, valueKind } from "./check";
import { newRow, newRows } from "./kernels";

/**
 * `Matrix`: a row-major `number[][]` of shape `[rows, cols]` (docs/course.md, "Shared conventions").
 * Column vectors are `(n, 1)`; in the course layout examples are columns, so `X` is `(n_x, m)`.
 *
 * Every function here returns fresh arrays and never mutates its inputs. Rows are built with
 * `newRow(cols)` (a packed double array, the kind JSON gives a row of doubles) filled in index order:
 * measured faster than `push` or a `Float64Array` copied out, and V8 keeps the doubles unboxed.
 *
 * An empty `[]` has shape `(0, 0)`: a `number[][]` with no rows cannot record a column count.
 */
export type Matrix = number[][];

/** A matrix or a plain number, the operands of the broadcasting functions. */
export type Operand = Matrix | number;

const { isInteger } = Number; // bound once, see ./kernels
const { isArray } = Array;

/** `[rows, cols]` of a rectangular matrix (throws a clear error for anything else). */
export function shape(a: Matrix): [number, number] {
  return checkMatrix("shape", "a", a);
}

function checkDims(fn: string, rows: number, cols: number): void {
  if (!isInteger(rows) || rows < 0 || !isInteger(cols) || cols < 0) {
    throw new RangeError(`${fn}: rows and cols must be non-negative integers, got (${rows}, ${cols})`);
  }
}

function filled(fn: string, rows: number, cols: number, value: number): Matrix {
  checkDims(fn, rows, cols);
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const row = newRow(cols);
    for (let j = 0; j < cols; j++) row[j] = value;
    out[i] = row;
  }
  return out;
}

/** `np.full((rows, cols), value)`. */
export function full(rows: number, cols: number, value: number): Matrix {
  return filled("full", rows, cols, value);
}

/** `np.zeros((rows, cols))`. */
export function zeros(rows: number, cols: number): Matrix {
  return filled("zeros", rows, cols, 0);
}

/** `np.ones((rows, cols))`. */
export function ones(rows: number, cols: number): Matrix {
  return filled("ones", rows, cols, 1);
}

/** `np.zeros_like(a)`. */
export function zerosLike(a: Matrix): Matrix {
  const [rows, cols] = checkMatrix("zerosLike", "a", a);
  return filled("zerosLike", rows, cols, 0);
}

/** A deep copy of `a`. */
export function clone(a: Matrix): Matrix {
  const [rows, cols] = checkMatrix("clone", "a", a);
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const ai = a[i];
    const row = newRow(cols);
    for (let j = 0; j < cols; j++) row[j] = ai[j];
    out[i] = row;
  }
  return out;
}

/** `a.T`, a new `(cols, rows)` matrix. */
export function transpose(a: Matrix): Matrix {
  const [rows, cols] = checkMatrix("transpose", "a", a);
  const out: Matrix = newRows(cols);
  for (let j = 0; j < cols; j++) {
    const row = newRow(rows);
    for (let i = 0; i < rows; i++) row[i] = a[i][j];
    out[j] = row;
  }
  return out;
}

/** Python slice bound: negative counts from the end, then clamped to `[0, size]`. */
function sliceBound(fn: string, name: string, value: number, size: number): number {
  if (!isInteger(value)) throw new RangeError(`${fn}: ${name} must be an integer, got ${value}`);
  const v = value < 0 ? value + size : value;
  return v < 0 ? 0 : v > size ? size : v;
}

/** `a[:, start:end]`, Python slice semantics (negative bounds count from the end, out-of-range bounds clamp). */
export function sliceColumns(a: Matrix, start: number, end?: number): Matrix {
  const [rows, cols] = checkMatrix("sliceColumns", "a", a);
  const s = sliceBound("sliceColumns", "start", start, cols);
  const e = end === undefined ? cols : sliceBound("sliceColumns", "end", end, cols);
  const width = e > s ? e - s : 0;
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const ai = a[i];
    const row = newRow(width);
    for (let j = 0; j < width; j++) row[j] = ai[s + j];
    out[i] = row;
  }
  return out;
}

/**
 * `a[:, indices]` (numpy fancy indexing along axis 1): column `k` of the result is column
 * `indices[k]` of `a`; negative indices count from the end; repeats allowed. Used to permute examples.
 */
export function takeColumns(a: Matrix, indices: readonly number[]): Matrix {
  const [rows, cols] = checkMatrix("takeColumns", "a", a);
  if (!isArray(indices)) {
    throw new TypeError(`takeColumns: indices must be an array of integers, got ${valueKind(indices)}`);
  }
  const n = indices.length;
  const idx = newRow(n);
  for (let k = 0; k < n; k++) {
    const v = indices[k];
    if (!isInteger(v) || v < -cols || v >= cols) {
      throw new RangeError(`takeColumns: index ${v} (indices[${k}]) is out of bounds for axis 1 with size ${cols}`);
    }
    idx[k] = v < 0 ? v + cols : v;
  }
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const ai = a[i];
    const row = newRow(n);
    for (let k = 0; k < n; k++) row[k] = ai[idx[k]];
    out[i] = row;
  }
  return out;
}

/** The matrix whose columns are `columns` (`np.column_stack` of 1-D arrays); all must have one length. */
export function fromColumns(columns: readonly (readonly number[])[]): Matrix {
  if (!isArray(columns)) {
    throw new TypeError(`fromColumns: columns must be an array of number[], got ${valueKind(columns)}`);
  }
  const n = columns.length;
  const rows = n === 0 ? 0 : columns[0]?.length;
  for (let k = 0; k < n; k++) {
    const column = columns[k];
    if (!isArray(column)) {
      throw new TypeError(`fromColumns: column ${k} must be a number[], got ${valueKind(column)}`);
    }
    if (column.length !== rows) {
      throw new RangeError(`fromColumns: column ${k} has ${column.length} entries, column 0 has ${rows}`);
    }
  }
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const row = newRow(n);
    for (let k = 0; k < n; k++) row[k] = columns[k][i];
    out[i] = row;
  }
  return out;
}
