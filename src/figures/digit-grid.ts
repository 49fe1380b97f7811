/**
 * A grid of digit images (28 × 28 grey pixels each) as one vega-lite rect chart, each tile titled
 * "label → predicted": the TensorFlow model's misclassified test digits.
 */
import type { Figure } from "./figure";

/** One digit to show: its pixels (row-major, 0…1), its true label and what the model predicted. */
export interface DigitTile {
  pixels: readonly number[];
  label: number;
  predicted: number;
  /** Its index among the test images (kept in the table). */
  index: number;
}

const COLUMNS = 6;
/** Pixels between tiles, and above each tile for its title. */
const GAP = 4;
const TITLE = 8;

/**
 * The grid of `tiles`, `size` pixels square each, six to a row; its table has one row per pixel
 * (`index`, `label`, `predicted`, `row`, `col`, `value`).
 */
export function digitGridFigure(id: string, title: string, tiles: readonly DigitTile[], size: number): Figure {
  const pixels: { index: number; label: number; predicted: number; row: number; col: number; value: number; x: number; y: number }[] = [];
  const titles: { x: number; y: number; text: string }[] = [];
  const step = size + GAP;
  const rowStep = size + GAP + TITLE;
  tiles.forEach((tile, k) => {
    const left = (k % COLUMNS) * step;
    const top = Math.floor(k / COLUMNS) * rowStep + TITLE;
    titles.push({ x: left + size / 2, y: top - 1, text: `${tile.label} → ${tile.predicted}` });
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        pixels.push({
          index: tile.index,
          label: tile.label,
          predicted: tile.predicted,
          row: r,
          col: c,
          value: tile.pixels[r * size + c],
          x: left + c,
          y: top + r,
        });
      }
    }
  });
  const columns = Math.min(COLUMNS, Math.max(1, tiles.length));
  const width = columns * step;
  const height = Math.max(1, Math.ceil(tiles.length / COLUMNS)) * rowStep;
  const scale = 3;
  return {
    id,
    title,
    table: pixels.map(({ index, label, predicted, row, col, value }) => ({ index, label, predicted, row, col, value })),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title,
      width: width * scale,
      height: height * scale,
      layer: [
        {
          data: { values: pixels },
          transform: [
            { calculate: "datum.x + 1", as: "x2" },
            { calculate: "datum.y + 1", as: "y2" },
          ],
          mark: { type: "rect" },
          encoding: {
            x: { field: "x", type: "quantitative", axis: null, scale: { domain: [0, width], nice: false, zero: false } },
            x2: { field: "x2" },
            y: { field: "y", type: "quantitative", axis: null, scale: { domain: [0, height], nice: false, zero: false, reverse: true } },
            y2: { field: "y2" },
            color: { field: "value", type: "quantitative", legend: null, scale: { domain: [0, 1], range: ["white", "black"] } },
          },
        },
        {
          data: { values: titles },
          mark: { type: "text", baseline: "bottom", fontSize: 11 },
          encoding: {
            x: { field: "x", type: "quantitative" },
            y: { field: "y", type: "quantitative" },
            text: { field: "text" },
          },
        },
      ],
    },
  };
}
