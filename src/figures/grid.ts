/**
 * The grid over which a decision boundary is drawn: as the notebooks' `plot_decision_boundary`, the
 * data's range widened by 1 on each side, here sampled at `GRID_SIZE` × `GRID_SIZE` cell centres.
 * The sandboxed experiment predicts these points with each run's trained parameters; the grading
 * process rebuilds the same grid from its own copy of the data set to draw the cells.
 */
import type { Matrix } from "../np/matrix";

/** Cells along each axis of a decision-boundary grid. */
export const GRID_SIZE = 60;

/** A grid: the cells' centres along x1 and x2, and the width of a cell along each. */
export interface Grid {
  x1: number[];
  x2: number[];
  step1: number;
  step2: number;
}

function axis(values: readonly number[], size: number): { centres: number[]; step: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  lo -= 1;
  hi += 1;
  const step = (hi - lo) / size;
  return { centres: Array.from({ length: size }, (_, k) => lo + (k + 0.5) * step), step };
}

/** The grid over the 2-D points `X` `(2, m)` (one example per column). */
export function gridFor(X: Matrix, size = GRID_SIZE): Grid {
  const a = axis(X[0], size);
  const b = axis(X[1], size);
  return { x1: a.centres, x2: b.centres, step1: a.step, step2: b.step };
}

/** The grid's points as columns `(2, size²)`, x1 varying fastest: what the net predicts. */
export function gridColumns(grid: Grid): Matrix {
  const row1: number[] = [];
  const row2: number[] = [];
  for (const x2 of grid.x2) {
    for (const x1 of grid.x1) {
      row1.push(x1);
      row2.push(x2);
    }
  }
  return [row1, row2];
}

/**
 * The 0/1 predictions of a trained net over the grid of `X`, in `gridColumns` order: `predict` is the
 * course's own (`predict(X, Y, parameters).predictions`, `(1, n)`), given labels of zeros since only
 * its predictions are used.
 */
export function predictGrid(X: Matrix, predict: (X: Matrix, Y: Matrix) => { predictions: Matrix }): (0 | 1)[] {
  const points = gridColumns(gridFor(X));
  const { predictions } = predict(points, [points[0].map(() => 0)]);
  return predictions[0].map((p) => (p > 0 ? 1 : 0));
}
