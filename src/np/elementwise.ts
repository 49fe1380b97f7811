import { checkMatrix, valueKind, formatShape } from "./check";
import { newRow, newRows } from "./kernels";
import type { Matrix, Operand } from "./matrix";

/**
 * Elementwise functions with numpy's broadcasting, for 2-D operands: each dimension must be
 * equal or 1 in one operand, so a full `(r, c)` matrix combines with a column vector `(r, 1)`, a row
 * vector `(1, c)`, a `(1, 1)` or a plain number (and `(r, 1)` with `(1, c)` gives `(r, c)`, as in numpy).
 * Two plain numbers give a number. Each operation is one IEEE operation per element, as in numpy.
 *
 * Speed: one kernel per operand layout (row·row, row·scalar, scalar·row), with the operation chosen
 * by a `switch` once per row, so the inner loops are plain indexed loops with no calls, unrolled by
 * four (measured ~25% faster than one element a turn on the course's 20×211 matrices).
 */

/** A binary elementwise function: two numbers give a number, anything else a new Matrix. */
export interface BinaryFunction {
  (a: number, b: number): number;
  (a: Operand, b: Operand): Matrix;
}

/** A unary elementwise function: a number gives a number, a matrix a new Matrix. */
export interface UnaryFunction {
  (a: number): number;
  (a: Matrix): Matrix;
}

const { exp: mathExp, log: mathLog, sqrt: mathSqrt, abs: mathAbs } = Math; // bound once, see ./kernels
const { isArray } = Array;

const ADD = 0, SUBTRACT = 1, MULTIPLY = 2, DIVIDE = 3, MAXIMUM = 4, MINIMUM = 5, GREATER = 6, LESS = 7, EQUAL = 8;

function scalar(op: number, x: number, y: number): number {
  switch (op) {
    case ADD: return x + y;
    case SUBTRACT: return x - y;
    case MULTIPLY: return x * y;
    case DIVIDE: return x / y;
    // numpy: the first operand wins ties (so maximum(0, -0) is 0) and a NaN in either propagates.
    case MAXIMUM: return x >= y || x !== x ? x : y;
    case MINIMUM: return x <= y || x !== x ? x : y;
    case GREATER: return x > y ? 1 : 0;
    case LESS: return x < y ? 1 : 0;
    default: return x === y ? 1 : 0;
  }
}

/** `out[j] = x[j] op y[j]` for j < n, four elements a turn (each element still one IEEE operation). */
function rowRow(op: number, x: number[], y: number[], out: number[], n: number): void {
  const n4 = n - (n % 4);
  let j = 0;
  switch (op) {
    case ADD:
      for (; j < n4; j += 4) { out[j] = x[j] + y[j]; out[j + 1] = x[j + 1] + y[j + 1]; out[j + 2] = x[j + 2] + y[j + 2]; out[j + 3] = x[j + 3] + y[j + 3]; }
      for (; j < n; j++) out[j] = x[j] + y[j];
      return;
    case SUBTRACT:
      for (; j < n4; j += 4) { out[j] = x[j] - y[j]; out[j + 1] = x[j + 1] - y[j + 1]; out[j + 2] = x[j + 2] - y[j + 2]; out[j + 3] = x[j + 3] - y[j + 3]; }
      for (; j < n; j++) out[j] = x[j] - y[j];
      return;
    case MULTIPLY:
      for (; j < n4; j += 4) { out[j] = x[j] * y[j]; out[j + 1] = x[j + 1] * y[j + 1]; out[j + 2] = x[j + 2] * y[j + 2]; out[j + 3] = x[j + 3] * y[j + 3]; }
      for (; j < n; j++) out[j] = x[j] * y[j];
      return;
    case DIVIDE:
      for (; j < n4; j += 4) { out[j] = x[j] / y[j]; out[j + 1] = x[j + 1] / y[j + 1]; out[j + 2] = x[j + 2] / y[j + 2]; out[j + 3] = x[j + 3] / y[j + 3]; }
      for (; j < n; j++) out[j] = x[j] / y[j];
      return;
    case MAXIMUM:
      for (; j < n4; j += 4) { { const u = x[j], v = y[j]; out[j] = u >= v || u !== u ? u : v; } { const u = x[j + 1], v = y[j + 1]; out[j + 1] = u >= v || u !== u ? u : v; } { const u = x[j + 2], v = y[j + 2]; out[j + 2] = u >= v || u !== u ? u : v; } { const u = x[j + 3], v = y[j + 3]; out[j + 3] = u >= v || u !== u ? u : v; } }
      for (; j < n; j++) { const u = x[j], v = y[j]; out[j] = u >= v || u !== u ? u : v; }
      return;
    case MINIMUM:
      for (; j < n4; j += 4) { { const u = x[j], v = y[j]; out[j] = u <= v || u !== u ? u : v; } { const u = x[j + 1], v = y[j + 1]; out[j + 1] = u <= v || u !== u ? u : v; } { const u = x[j + 2], v = y[j + 2]; out[j + 2] = u <= v || u !== u ? u : v; } { const u = x[j + 3], v = y[j + 3]; out[j + 3] = u <= v || u !== u ? u : v; } }
      for (; j < n; j++) { const u = x[j], v = y[j]; out[j] = u <= v || u !== u ? u : v; }
      return;
    case GREATER:
      for (; j < n4; j += 4) { out[j] = x[j] > y[j] ? 1 : 0; out[j + 1] = x[j + 1] > y[j + 1] ? 1 : 0; out[j + 2] = x[j + 2] > y[j + 2] ? 1 : 0; out[j + 3] = x[j + 3] > y[j + 3] ? 1 : 0; }
      for (; j < n; j++) out[j] = x[j] > y[j] ? 1 : 0;
      return;
    case LESS:
      for (; j < n4; j += 4) { out[j] = x[j] < y[j] ? 1 : 0; out[j + 1] = x[j + 1] < y[j + 1] ? 1 : 0; out[j + 2] = x[j + 2] < y[j + 2] ? 1 : 0; out[j + 3] = x[j + 3] < y[j + 3] ? 1 : 0; }
      for (; j < n; j++) out[j] = x[j] < y[j] ? 1 : 0;
      return;
    default:
      for (; j < n4; j += 4) { out[j] = x[j] === y[j] ? 1 : 0; out[j + 1] = x[j + 1] === y[j + 1] ? 1 : 0; out[j + 2] = x[j + 2] === y[j + 2] ? 1 : 0; out[j + 3] = x[j + 3] === y[j + 3] ? 1 : 0; }
      for (; j < n; j++) out[j] = x[j] === y[j] ? 1 : 0;
  }
}

/*
 * maximum and minimum against a scalar that is not NaN, where numpy's rule (`scalar`) simplifies: the
 * row's element is kept unless the scalar beats it strictly (a NaN element is never beaten, so it
 * propagates; a tie keeps the first operand). `const s = c * 1` (exact: c·1 = c for every double,
 * −0 and NaN included) makes the scalar an unboxed double before the loop: used as a parameter in the
 * loop's `?:`, V8 kept it tagged and the loop ran ~1.7× slower (measured on (20, 211), `maximum(0, Z)`).
 * `rowScalar` and `scalarRow` unbox their scalar the same way for every operation (a tagged scalar was
 * checked and loaded again every four elements, e.g. in `divide(A, keepProb)`), once they know it is a number.
 */

/** `out[j] = maximum(x[j], c)` for j < n, `c` not NaN. */
function maximumRowScalar(x: number[], c: number, out: number[], n: number): void {
  const s = c * 1;
  for (let j = 0; j < n; j++) {
    const u = x[j];
    out[j] = u < s ? s : u;
  }
}

/** `out[j] = minimum(x[j], c)` for j < n, `c` not NaN. */
function minimumRowScalar(x: number[], c: number, out: number[], n: number): void {
  const s = c * 1;
  for (let j = 0; j < n; j++) {
    const u = x[j];
    out[j] = u > s ? s : u;
  }
}

/** `out[j] = maximum(c, y[j])` for j < n, `c` not NaN. */
function maximumScalarRow(c: number, y: number[], out: number[], n: number): void {
  const s = c * 1;
  for (let j = 0; j < n; j++) {
    const v = y[j];
    out[j] = s >= v ? s : v;
  }
}

/** `out[j] = minimum(c, y[j])` for j < n, `c` not NaN. */
function minimumScalarRow(c: number, y: number[], out: number[], n: number): void {
  const s = c * 1;
  for (let j = 0; j < n; j++) {
    const v = y[j];
    out[j] = s <= v ? s : v;
  }
}

/** `out[j] = x[j] op y` for j < n, four elements a turn. */
function rowScalar(op: number, x: number[], scalarY: number, out: number[], n: number): void {
  let j = 0;
  if (typeof scalarY !== "number") {
    for (; j < n; j++) out[j] = scalar(op, x[j], scalarY); // not a number (elements are not type-checked): JS's own rules
    return;
  }
  const y = scalarY * 1; // an unboxed double in the loops: see above
  const n4 = n - (n % 4);
  switch (op) {
    case ADD:
      for (; j < n4; j += 4) { out[j] = x[j] + y; out[j + 1] = x[j + 1] + y; out[j + 2] = x[j + 2] + y; out[j + 3] = x[j + 3] + y; }
      for (; j < n; j++) out[j] = x[j] + y;
      return;
    case SUBTRACT:
      for (; j < n4; j += 4) { out[j] = x[j] - y; out[j + 1] = x[j + 1] - y; out[j + 2] = x[j + 2] - y; out[j + 3] = x[j + 3] - y; }
      for (; j < n; j++) out[j] = x[j] - y;
      return;
    case MULTIPLY:
      for (; j < n4; j += 4) { out[j] = x[j] * y; out[j + 1] = x[j + 1] * y; out[j + 2] = x[j + 2] * y; out[j + 3] = x[j + 3] * y; }
      for (; j < n; j++) out[j] = x[j] * y;
      return;
    case DIVIDE:
      for (; j < n4; j += 4) { out[j] = x[j] / y; out[j + 1] = x[j + 1] / y; out[j + 2] = x[j + 2] / y; out[j + 3] = x[j + 3] / y; }
      for (; j < n; j++) out[j] = x[j] / y;
      return;
    case MAXIMUM:
    case MINIMUM:
      if (y !== y) break; // a NaN scalar: numpy's rule one element at a time, below
      if (op === MAXIMUM) maximumRowScalar(x, y, out, n);
      else minimumRowScalar(x, y, out, n);
      return;
    case GREATER:
      for (; j < n4; j += 4) { out[j] = x[j] > y ? 1 : 0; out[j + 1] = x[j + 1] > y ? 1 : 0; out[j + 2] = x[j + 2] > y ? 1 : 0; out[j + 3] = x[j + 3] > y ? 1 : 0; }
      for (; j < n; j++) out[j] = x[j] > y ? 1 : 0;
      return;
    case LESS:
      for (; j < n4; j += 4) { out[j] = x[j] < y ? 1 : 0; out[j + 1] = x[j + 1] < y ? 1 : 0; out[j + 2] = x[j + 2] < y ? 1 : 0; out[j + 3] = x[j + 3] < y ? 1 : 0; }
      for (; j < n; j++) out[j] = x[j] < y ? 1 : 0;
      return;
    default:
      for (; j < n4; j += 4) { out[j] = x[j] === y ? 1 : 0; out[j + 1] = x[j + 1] === y ? 1 : 0; out[j + 2] = x[j + 2] === y ? 1 : 0; out[j + 3] = x[j + 3] === y ? 1 : 0; }
      for (; j < n; j++) out[j] = x[j] === y ? 1 : 0;
      return;
  }
  // Only maximum and minimum with a NaN scalar get here.
  for (; j < n; j++) out[j] = scalar(op, x[j], y);
}

/** `out[j] = x op y[j]` for j < n, four elements a turn. */
function scalarRow(op: number, scalarX: number, y: number[], out: number[], n: number): void {
  let j = 0;
  if (typeof scalarX !== "number") {
    for (; j < n; j++) out[j] = scalar(op, scalarX, y[j]); // not a number (elements are not type-checked): JS's own rules
    return;
  }
  const x = scalarX * 1; // an unboxed double in the loops: see above
  const n4 = n - (n % 4);
  switch (op) {
    case ADD:
      for (; j < n4; j += 4) { out[j] = x + y[j]; out[j + 1] = x + y[j + 1]; out[j + 2] = x + y[j + 2]; out[j + 3] = x + y[j + 3]; }
      for (; j < n; j++) out[j] = x + y[j];
      return;
    case SUBTRACT:
      for (; j < n4; j += 4) { out[j] = x - y[j]; out[j + 1] = x - y[j + 1]; out[j + 2] = x - y[j + 2]; out[j + 3] = x - y[j + 3]; }
      for (; j < n; j++) out[j] = x - y[j];
      return;
    case MULTIPLY:
      for (; j < n4; j += 4) { out[j] = x * y[j]; out[j + 1] = x * y[j + 1]; out[j + 2] = x * y[j + 2]; out[j + 3] = x * y[j + 3]; }
      for (; j < n; j++) out[j] = x * y[j];
      return;
    case DIVIDE:
      for (; j < n4; j += 4) { out[j] = x / y[j]; out[j + 1] = x / y[j + 1]; out[j + 2] = x / y[j + 2]; out[j + 3] = x / y[j + 3]; }
      for (; j < n; j++) out[j] = x / y[j];
      return;
    case MAXIMUM:
    case MINIMUM:
      if (x !== x) break; // a NaN scalar: numpy's rule one element at a time, below
      if (op === MAXIMUM) maximumScalarRow(x, y, out, n);
      else minimumScalarRow(x, y, out, n);
      return;
    case GREATER:
      for (; j < n4; j += 4) { out[j] = x > y[j] ? 1 : 0; out[j + 1] = x > y[j + 1] ? 1 : 0; out[j + 2] = x > y[j + 2] ? 1 : 0; out[j + 3] = x > y[j + 3] ? 1 : 0; }
      for (; j < n; j++) out[j] = x > y[j] ? 1 : 0;
      return;
    case LESS:
      for (; j < n4; j += 4) { out[j] = x < y[j] ? 1 : 0; out[j + 1] = x < y[j + 1] ? 1 : 0; out[j + 2] = x < y[j + 2] ? 1 : 0; out[j + 3] = x < y[j + 3] ? 1 : 0; }
      for (; j < n; j++) out[j] = x < y[j] ? 1 : 0;
      return;
    default:
      for (; j < n4; j += 4) { out[j] = x === y[j] ? 1 : 0; out[j + 1] = x === y[j + 1] ? 1 : 0; out[j + 2] = x === y[j + 2] ? 1 : 0; out[j + 3] = x === y[j + 3] ? 1 : 0; }
      for (; j < n; j++) out[j] = x === y[j] ? 1 : 0;
      return;
  }
  // Only maximum and minimum with a NaN scalar get here.
  for (; j < n; j++) out[j] = scalar(op, x, y[j]);
}

function operandShape(fn: string, name: string, v: Operand): [number, number] {
  if (typeof v === "number") return [1, 1];
  if (!isArray(v)) {
    throw new TypeError(`${fn}: ${name} must be a number or a matrix (number[][]), got ${valueKind(v)}`);
  }
  return checkMatrix(fn, name, v);
}

function broadcastDim(x: number, y: number): number {
  return x === y || y === 1 ? x : x === 1 ? y : -1;
}

function binary(fn: string, op: number, a: Operand, b: Operand): Matrix | number {
  if (typeof a === "number" && typeof b === "number") return scalar(op, a, b);
  const [ar, ac] = operandShape(fn, "a", a);
  const [br, bc] = operandShape(fn, "b", b);
  const rows = broadcastDim(ar, br);
  const cols = broadcastDim(ac, bc);
  if (rows < 0 || cols < 0) {
    throw new RangeError(`${fn}: shapes ${formatShape([ar, ac])} and ${formatShape([br, bc])} cannot broadcast`);
  }
  // An operand is used row by row when it has every column; otherwise it is one number per row
  // (a plain number, or a column vector broadcast across the columns).
  const aRows = typeof a === "number" || ac !== cols ? null : a;
  const bRows = typeof b === "number" || bc !== cols ? null : b;
  const aStep = ar === 1 ? 0 : 1;
  const bStep = br === 1 ? 0 : 1;
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const row = newRow(cols);
    if (aRows !== null) {
      if (bRows !== null) rowRow(op, aRows[i * aStep], bRows[i * bStep], row, cols);
      else rowScalar(op, aRows[i * aStep], typeof b === "number" ? b : b[i * bStep][0], row, cols);
    } else {
      const x = typeof a === "number" ? a : a[i * aStep][0];
      if (bRows !== null) scalarRow(op, x, bRows[i * bStep], row, cols);
      else {
        const v = scalar(op, x, typeof b === "number" ? b : b[i * bStep][0]);
        for (let j = 0; j < cols; j++) row[j] = v;
      }
    }
    out[i] = row;
  }
  return out;
}

/** `np.add(a, b)`: `a + b` with broadcasting. */
export const add = ((a: Operand, b: Operand) => binary("add", ADD, a, b)) as BinaryFunction;
/** `np.subtract(a, b)`: `a − b` with broadcasting. */
export const subtract = ((a: Operand, b: Operand) => binary("subtract", SUBTRACT, a, b)) as BinaryFunction;
/** `np.multiply(a, b)`: elementwise `a · b` with broadcasting (not the matrix product: see `dot`). */
export const multiply = ((a: Operand, b: Operand) => binary("multiply", MULTIPLY, a, b)) as BinaryFunction;
/** `np.divide(a, b)`: `a / b` with broadcasting (IEEE: `x/0` is ±Infinity or NaN, never an error). */
export const divide = ((a: Operand, b: Operand) => binary("divide", DIVIDE, a, b)) as BinaryFunction;
/** `np.maximum(a, b)`: NaN propagates; on a tie the first operand's value (so `maximum(0, -0)` is `0`). */
export const maximum = ((a: Operand, b: Operand) => binary("maximum", MAXIMUM, a, b)) as BinaryFunction;
/** `np.minimum(a, b)`: NaN propagates; on a tie the first operand's value. */
export const minimum = ((a: Operand, b: Operand) => binary("minimum", MINIMUM, a, b)) as BinaryFunction;
/** `a > b` as 1/0 (numpy gives booleans; 1/0 is what the course multiplies by). NaN compares false. */
export const greater = ((a: Operand, b: Operand) => binary("greater", GREATER, a, b)) as BinaryFunction;
/** `a < b` as 1/0. NaN compares false. */
export const less = ((a: Operand, b: Operand) => binary("less", LESS, a, b)) as BinaryFunction;
/** `a == b` as 1/0 (`np.mean(p == y)` is the course's accuracy). NaN equals nothing. */
export const equal = ((a: Operand, b: Operand) => binary("equal", EQUAL, a, b)) as BinaryFunction;

const EXP = 0, LOG = 1, SQRT = 2, SQUARE = 3, ABS = 4, NEGATIVE = 5;

/** `out[j] = op(x[j])` for j < n, four elements a turn. */
function unaryRow(op: number, x: number[], out: number[], n: number): void {
  const n4 = n - (n % 4);
  let j = 0;
  switch (op) {
    case EXP:
      for (; j < n4; j += 4) { out[j] = mathExp(x[j]); out[j + 1] = mathExp(x[j + 1]); out[j + 2] = mathExp(x[j + 2]); out[j + 3] = mathExp(x[j + 3]); }
      for (; j < n; j++) out[j] = mathExp(x[j]);
      return;
    case LOG:
      for (; j < n4; j += 4) { out[j] = mathLog(x[j]); out[j + 1] = mathLog(x[j + 1]); out[j + 2] = mathLog(x[j + 2]); out[j + 3] = mathLog(x[j + 3]); }
      for (; j < n; j++) out[j] = mathLog(x[j]);
      return;
    case SQRT:
      for (; j < n4; j += 4) { out[j] = mathSqrt(x[j]); out[j + 1] = mathSqrt(x[j + 1]); out[j + 2] = mathSqrt(x[j + 2]); out[j + 3] = mathSqrt(x[j + 3]); }
      for (; j < n; j++) out[j] = mathSqrt(x[j]);
      return;
    case SQUARE:
      for (; j < n4; j += 4) { out[j] = x[j] * x[j]; out[j + 1] = x[j + 1] * x[j + 1]; out[j + 2] = x[j + 2] * x[j + 2]; out[j + 3] = x[j + 3] * x[j + 3]; }
      for (; j < n; j++) out[j] = x[j] * x[j];
      return;
    case ABS:
      for (; j < n4; j += 4) { out[j] = mathAbs(x[j]); out[j + 1] = mathAbs(x[j + 1]); out[j + 2] = mathAbs(x[j + 2]); out[j + 3] = mathAbs(x[j + 3]); }
      for (; j < n; j++) out[j] = mathAbs(x[j]);
      return;
    default:
      for (; j < n4; j += 4) { out[j] = -x[j]; out[j + 1] = -x[j + 1]; out[j + 2] = -x[j + 2]; out[j + 3] = -x[j + 3]; }
      for (; j < n; j++) out[j] = -x[j];
  }
}

function unary(fn: string, op: number, a: Matrix | number): Matrix | number {
  if (typeof a === "number") {
    const row = newRow(1);
    row[0] = a;
    unaryRow(op, row, row, 1);
    return row[0];
  }
  if (!isArray(a)) throw new TypeError(`${fn}: a must be a number or a matrix (number[][]), got ${valueKind(a)}`);
  const [rows, cols] = checkMatrix(fn, "a", a);
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const row = newRow(cols);
    unaryRow(op, a[i], row, cols);
    out[i] = row;
  }
  return out;
}

/** `np.exp(a)` (V8's `Math.exp`; numpy's may differ in the last bit on some inputs). */
export const exp = ((a: Matrix | number) => unary("exp", EXP, a)) as UnaryFunction;
/** `np.log(a)`, natural logarithm: `log(0)` is -Infinity, negatives give NaN (numpy warns; we do not). */
export const log = ((a: Matrix | number) => unary("log", LOG, a)) as UnaryFunction;
/** `np.sqrt(a)` (correctly rounded, as numpy's). */
export const sqrt = ((a: Matrix | number) => unary("sqrt", SQRT, a)) as UnaryFunction;
/** `np.square(a)`: `a · a`. */
export const square = ((a: Matrix | number) => unary("square", SQUARE, a)) as UnaryFunction;
/** `np.abs(a)`. */
export const abs = ((a: Matrix | number) => unary("abs", ABS, a)) as UnaryFunction;
/** `np.negative(a)`: `−a`. */
export const negative = ((a: Matrix | number) => unary("negative", NEGATIVE, a)) as UnaryFunction;

/** A new matrix of `fn(value, i, j)` for each element of `a` (what numpy spells as a vectorised expression). */
export function map(a: Matrix, fn: (value: number, i: number, j: number) => number): Matrix {
  const [rows, cols] = checkMatrix("map", "a", a);
  if (typeof fn !== "function") throw new TypeError(`map: fn must be a function, got ${valueKind(fn)}`);
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) {
    const ai = a[i];
    const row = newRow(cols);
    for (let j = 0; j < cols; j++) row[j] = fn(ai[j], i, j);
    out[i] = row;
  }
  return out;
}
