/**
 * Writes an experiment's outputs in the grading process: each figure as `ID.svg` with its table as
 * `ID.csv` and `ID.json`, and the log as `NAME.log`. Every file is written to a temporary name and
 * renamed, so a reader (or a run stopped half-way) never sees half a file.
 */
import * as path from "node:path";
import { writeFileAtomic } from "../fixtures/write-atomic";
import type { Cell, Figure } from "./figure";
import { renderSvg } from "./render";

/** A CSV cell (RFC 4180): quoted when it holds a comma, quote or newline; a cell a spreadsheet would run as a formula gets a leading `'`. */
function csvCell(cell: Cell): string {
  let text = String(cell);
  if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text) && !/^-?(Infinity)$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `table` as CSV: a header of the first row's columns, then one line per row. */
export function tableCsv(table: readonly Record<string, Cell>[]): string {
  if (table.length === 0) return "";
  const columns = Object.keys(table[0]);
  return [columns.map(csvCell).join(","), ...table.map((row) => columns.map((c) => csvCell(row[c] ?? "")).join(","))].join("\n") + "\n";
}

/** Renders and writes every figure into `outDir` (SVG, CSV, JSON); returns the paths written, in order. */
export async function writeFigures(outDir: string, figures: readonly Figure[]): Promise<string[]> {
  const written: string[] = [];
  for (const figure of figures) {
    const svg = await renderSvg(figure.spec);
    const base = path.join(outDir, figure.id);
    writeFileAtomic(`${base}.svg`, svg);
    writeFileAtomic(`${base}.csv`, tableCsv(figure.table));
    writeFileAtomic(`${base}.json`, JSON.stringify({ title: figure.title, rows: figure.table }) + "\n");
    written.push(`${base}.svg`, `${base}.csv`, `${base}.json`);
  }
  return written;
}
