/**
 * A decision boundary as the notebooks draw it: the grid's cells coloured by the class the trained
 * net predicts there, and the data set's points on top, coloured by their labels.
 */
import type { Matrix } from "../np/matrix";
import type { Cell, Figure } from "./figure";
import { gridFor, type Grid } from "./grid";

/** What a decision-boundary figure shows: the data set's points `X` `(2, m)` with labels `Y` `(1, m)`, and the predictions over `gridFor(X)`. */
export interface BoundaryChart {
  id: string;
  title: string;
  X: Matrix;
  Y: Matrix;
  /** 0/1 per grid cell, in `gridColumns` order (x1 fastest). */
  predictions: readonly number[];
}

const COLOURS = { domain: [0, 1], range: ["#d7301f", "#2b8cbe"] };

/** The cells of each grid row merged where neighbours predict the same class: one rectangle per run of cells. */
function rowSegments(grid: Grid, predictions: readonly number[]): { left: number; right: number; bottom: number; top: number; class: number }[] {
  const n = grid.x1.length;
  const segments = [];
  for (let r = 0; r < grid.x2.length; r++) {
    let start = 0;
    for (let c = 1; c <= n; c++) {
      if (c < n && predictions[r * n + c] === predictions[r * n + start]) continue;
      segments.push({
        left: grid.x1[start] - grid.step1 / 2,
        right: grid.x1[c - 1] + grid.step1 / 2,
        bottom: grid.x2[r] - grid.step2 / 2,
        top: grid.x2[r] + grid.step2 / 2,
        class: predictions[r * n + start],
      });
      start = c;
    }
  }
  return segments;
}

/** The figure of `chart` (the cells drawn a row segment at a time); its table holds the cells (`kind` "prediction") and the points (`kind` "point"). */
export function boundaryFigure(chart: BoundaryChart): Figure {
  const grid = gridFor(chart.X);
  const cells: Record<string, Cell>[] = chart.predictions.map((p, k) => ({
    kind: "prediction",
    x1: grid.x1[k % grid.x1.length],
    x2: grid.x2[Math.floor(k / grid.x1.length)],
    class: p,
  }));
  const points: Record<string, Cell>[] = chart.X[0].map((x1, k) => ({ kind: "point", x1, x2: chart.X[1][k], class: chart.Y[0][k] }));
  const half1 = grid.step1 / 2;
  const half2 = grid.step2 / 2;
  const domain1 = [grid.x1[0] - half1, grid.x1[grid.x1.length - 1] + half1];
  const domain2 = [grid.x2[0] - half2, grid.x2[grid.x2.length - 1] + half2];
  const segments = rowSegments(grid, chart.predictions);
  return {
    id: chart.id,
    title: chart.title,
    table: [...cells, ...points],
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: chart.title,
      width: 360,
      height: 360,
      layer: [
        {
          data: { values: segments },
          mark: { type: "rect", opacity: 0.35, strokeWidth: 0 },
          encoding: {
            x: { field: "left", type: "quantitative", title: "x1", scale: { domain: domain1, nice: false, zero: false } },
            x2: { field: "right" },
            y: { field: "bottom", type: "quantitative", title: "x2", scale: { domain: domain2, nice: false, zero: false } },
            y2: { field: "top" },
            color: { field: "class", type: "ordinal", title: "class", scale: COLOURS },
          },
        },
        {
          data: { values: points },
          mark: { type: "circle", size: 30, stroke: "black", strokeWidth: 0.5, opacity: 1 },
          encoding: {
            x: { field: "x1", type: "quantitative" },
            y: { field: "x2", type: "quantitative" },
            color: { field: "class", type: "ordinal", scale: COLOURS },
          },
        },
      ],
    },
  };
}
