/**
 * What an experiment's figure is once the grading process has built it from validated data: a
 * vega-lite specification (rendered to SVG by `render.ts`) and the table of numbers it plots (written
 * beside it as CSV and JSON by `figure-files.ts`).
 */
import type { TopLevelSpec } from "vega-lite";

/** One cell of a figure's table: a number, a label, or a non-finite number spelled as the fixtures spell it ("NaN", "Infinity", "-Infinity"). */
export type Cell = number | string;

/** One figure: its file name without extension (`initialization-costs`), its title, its vega-lite spec and its table. */
export interface Figure {
  id: string;
  title: string;
  spec: TopLevelSpec;
  /** The rows plotted, every row with the same columns in the same order. */
  table: Record<string, Cell>[];
}
