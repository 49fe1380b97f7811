/**
 * A bounded picture of where two tensors of the same shape differ, for the HTML report's heat-map: a
 * window of at most `DIFF_WINDOW` × `DIFF_WINDOW` cells around the worst mismatch, each cell with the
 * received value, whether it is outside the tolerance and, while the case is public, the expected
 * value. A tensor is seen as a matrix: its last axis is the columns, every other axis is folded into
 * the rows (a scalar is 1 × 1, a vector of n numbers 1 × n, a (2, 3, 4) tensor 6 × 4).
 */
import type { Tolerance } from "../fixtures/types";

/** The widest and tallest window a `ValueDiff` holds. */
export const DIFF_WINDOW = 16;

/** A number as JSON can hold it: NaN and ±Infinity as strings, as the fixtures write them. */
export type DiffNumber = number | "NaN" | "Infinity" | "-Infinity";

/**
 * Where a received tensor differs from the expected one, within a window around the worst mismatch
 * (the result model's `CaseResult.diff`). Rows and columns are those of the tensor seen as a matrix
 * (see the module comment); `received[i][j]` is cell (`rowStart + i`, `colStart + j`).
 */
export interface ValueDiff {
  /** Where in the returned value: `""` for the value itself, `W1`, `v.dW1`, `[2].X`. */
  path: string;
  /** The tensor's shape, as returned (`[]` for a number). */
  shape: number[];
  /** Rows and columns of the tensor seen as a matrix. */
  rows: number;
  cols: number;
  /** The window's first row and column. */
  rowStart: number;
  colStart: number;
  /** The received values in the window, row by row (at most `DIFF_WINDOW` × `DIFF_WINDOW`). */
  received: DiffNumber[][];
  /** Per cell of the window: outside the tolerance (`|r − e| > atol + rtol·|e|`, or not the same NaN/infinity). */
  differs: boolean[][];
  /** The expected values in the window: public cases only, never a hidden case's. */
  expected?: DiffNumber[][];
  /** The worst cell (largest |Δ|; a non-finite mismatch counts as the largest), in matrix coordinates. */
  worst: [number, number];
  /** How many entries of the whole tensor differ, of how many. */
  differing: number;
  total: number;
}

/** `x` as a `DiffNumber`. */
export function diffNumber(x: number): DiffNumber {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return x;
}

/** `d` back as a number. */
export function numberOf(d: DiffNumber): number {
  return typeof d === "number" ? d : Number(d);
}

/** Whether `r` is within `tol` of `e` (see `compare.ts`: NaN matches only NaN, an infinity only itself). */
export function withinTolerance(e: number, r: number, tol: Tolerance): boolean {
  if (Number.isNaN(e) || Number.isNaN(r)) return Number.isNaN(e) && Number.isNaN(r);
  if (!Number.isFinite(e) || !Number.isFinite(r)) return e === r;
  return Math.abs(r - e) <= tol.atol + tol.rtol * Math.abs(e);
}

/** Rows and columns of a tensor of `shape` seen as a matrix (see the module comment). */
export function matrixView(shape: readonly number[]): { rows: number; cols: number } {
  if (shape.length === 0) return { rows: 1, cols: 1 };
  const cols = shape[shape.length - 1];
  const rows = shape.slice(0, -1).reduce((p, d) => p * d, 1);
  return { rows, cols };
}

/** The start of a window of `size` in `[0, length)` that holds `at`, as centred on it as the bounds allow. */
function windowStart(at: number, length: number, size: number): number {
  return Math.max(0, Math.min(at - Math.floor(size / 2), length - size));
}

/**
 * The diff of `received` against `expected`, both row-major data of `shape`, or undefined when every
 * entry is within `tol` (or the tensor is empty). Work is linear in the data; what it holds is bounded.
 */
export function valueDiff(
  expected: ArrayLike<number>,
  received: ArrayLike<number>,
  shape: readonly number[],
  tol: Tolerance,
  path: string,
): ValueDiff | undefined {
  const { rows, cols } = matrixView(shape);
  let differing = 0;
  let worst = -1;
  let worstSize = -1;
  for (let k = 0; k < rows * cols; k++) {
    if (withinTolerance(expected[k], received[k], tol)) continue;
    differing++;
    const size = Math.abs(received[k] - expected[k]);
    const measured = Number.isFinite(size) ? size : Infinity;
    if (measured > worstSize) {
      worstSize = measured;
      worst = k;
    }
  }
  if (differing === 0) return undefined;
  const worstRow = Math.floor(worst / cols);
  const worstCol = worst % cols;
  const height = Math.min(rows, DIFF_WINDOW);
  const width = Math.min(cols, DIFF_WINDOW);
  const rowStart = windowStart(worstRow, rows, height);
  const colStart = windowStart(worstCol, cols, width);
  const receivedWindow: DiffNumber[][] = [];
  const expectedWindow: DiffNumber[][] = [];
  const differs: boolean[][] = [];
  for (let i = rowStart; i < rowStart + height; i++) {
    const r: DiffNumber[] = [];
    const e: DiffNumber[] = [];
    const d: boolean[] = [];
    for (let j = colStart; j < colStart + width; j++) {
      const k = i * cols + j;
      r.push(diffNumber(received[k]));
      e.push(diffNumber(expected[k]));
      d.push(!withinTolerance(expected[k], received[k], tol));
    }
    receivedWindow.push(r);
    expectedWindow.push(e);
    differs.push(d);
  }
  return {
    path,
    shape: [...shape],
    rows,
    cols,
    rowStart,
    colStart,
    received: receivedWindow,
    differs,
    expected: expectedWindow,
    worst: [worstRow, worstCol],
    differing,
    total: rows * cols,
  };
}

/** `diff` as a hidden case may show it: where and how many, the received values, never the expected ones. */
export function withoutExpected(diff: ValueDiff): ValueDiff {
  const { expected: _expected, ...rest } = diff;
  return rest;
}
