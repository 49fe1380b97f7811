/**
 * Several runs' curves on one labelled chart, as the notebooks plot their costs: one line per run,
 * coloured and named in the legend. Also used for the learning rate under decay and TensorFlow's
 * accuracies.
 */
import type { Figure } from "./figure";
import { plottable, type WireNumber } from "./wire-numbers";

/** One run's curve: its label (for the legend) and its values at `x`. */
export interface Curve {
  label: string;
  points: readonly { x: number; y: WireNumber }[];
}

/** What a curve chart shows: the axes' names (also the columns of its table), and the y scale. */
export interface CurveChart {
  id: string;
  title: string;
  /** The x axis's name and column (e.g. `iteration`). */
  x: string;
  /** The y axis's name and column (e.g. `cost`). */
  y: string;
  curves: readonly Curve[];
  /** `log` for values spanning decades (a learning rate decayed by steps). Default linear. */
  yScale?: "linear" | "log";
}

/** The chart of `chart.curves` (columns `run`, `x`, `y` of its table named as the chart says). */
export function curveFigure(chart: CurveChart): Figure {
  const table = chart.curves.flatMap((c) => c.points.map((p) => ({ run: c.label, [chart.x]: p.x, [chart.y]: p.y })));
  const values = table.map((row) => ({ ...row, [chart.y]: plottable(row[chart.y] as WireNumber) }));
  return {
    id: chart.id,
    title: chart.title,
    table,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: chart.title,
      width: 480,
      height: 300,
      data: { values },
      mark: { type: "line", point: values.length <= 200 },
      encoding: {
        x: { field: chart.x, type: "quantitative", title: chart.x },
        y: { field: chart.y, type: "quantitative", title: chart.y, scale: chart.yScale === "log" ? { type: "log" } : { zero: false } },
        color: { field: "run", type: "nominal", title: "run", sort: chart.curves.map((c) => c.label), legend: { labelLimit: 0 } },
      },
    },
  };
}
