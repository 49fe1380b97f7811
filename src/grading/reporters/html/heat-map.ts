/**
 * The visual diff of a case lost on its values (`CaseResult.diff`): the received values as a grid of
 * heat-map cells, a cell coloured where it is outside the tolerance. For a public case the colour's
 * strength is the size of |Δ| (relative to the window's worst) and the expected values are shown
 * beside; for a hidden case every differing cell has the same colour and no expected value exists to show.
 */
import { formatShape } from "../../../np/check";
import { indexText } from "../../compare";
import { numberOf, type DiffNumber, type ValueDiff } from "../../value-diff";
import { html, type Html } from "./template";

/** A number as a cell shows it: three significant digits, or NaN/±Infinity. */
export function cellText(d: DiffNumber): string {
  const x = numberOf(d);
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e4 || a < 1e-3) return x.toExponential(1);
  return String(Number(x.toPrecision(3)));
}

/** The index of matrix cell (`i`, `j`) in the tensor's own shape: `[2, 0, 1]`, or "" for a number. */
function tensorIndex(diff: ValueDiff, i: number, j: number): string {
  return diff.shape.length === 0 ? "" : indexText(diff.shape, i * diff.cols + j);
}

/** |Δ| of a cell of a public case (Infinity where either side is not finite). */
function deltaAt(diff: ValueDiff, i: number, j: number): number {
  const e = numberOf(diff.expected![i][j]);
  const r = numberOf(diff.received[i][j]);
  const d = Math.abs(r - e);
  return Number.isFinite(d) ? d : Infinity;
}

/** The colour of a differing cell: its strength from `weight` in [0, 1]. */
function mismatchColour(weight: number): string {
  const alpha = (0.15 + 0.55 * Math.max(0, Math.min(1, weight))).toFixed(2);
  return `background-color: rgba(200, 30, 45, ${alpha})`;
}

function grid(diff: ValueDiff, which: "received" | "expected", cell: (i: number, j: number) => { style?: string; title: string; cls: string }): Html {
  const values = which === "received" ? diff.received : diff.expected!;
  const rows = values.map(
    (row, i) =>
      html`<tr>
        <th scope="row">${diff.rowStart + i}</th>
        ${row.map((v, j) => {
          const c = cell(i, j);
          return html`<td class="${c.cls}" style="${c.style ?? ""}" title="${c.title}">${cellText(v)}</td>`;
        })}
      </tr>`,
  );
  const head = html`<tr>
    <th></th>
    ${values[0].map((_, j) => html`<th scope="col">${diff.colStart + j}</th>`)}
  </tr>`;
  return html`<table class="heat ${which}" aria-label="${which} values">
    <caption>
      ${which}
    </caption>
    <thead>
      ${head}
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/** The caption: where, the shape, how many entries differ, the window shown and the worst cell. */
function caption(diff: ValueDiff): string {
  const where = diff.path === "" ? "the returned value" : diff.path;
  const [wi, wj] = diff.worst;
  const window =
    diff.rows * diff.cols === diff.received.length * diff.received[0].length
      ? "all entries shown"
      : `rows ${diff.rowStart}–${diff.rowStart + diff.received.length - 1}, columns ${diff.colStart}–${diff.colStart + diff.received[0].length - 1} shown`;
  const worst = diff.shape.length === 0 ? "" : ` · worst at ${tensorIndex(diff, wi, wj)}`;
  return `${where} · shape ${formatShape(diff.shape)} · ${diff.differing} of ${diff.total} differ · ${window}${worst}`;
}

/** The heat-map of `diff` (see the module comment), with its caption and legend. */
export function heatMap(diff: ValueDiff): Html {
  const hidden = diff.expected === undefined;
  let worstDelta = 0;
  if (!hidden) {
    for (let i = 0; i < diff.received.length; i++) {
      for (let j = 0; j < diff.received[i].length; j++)
        if (diff.differs[i][j] && Number.isFinite(deltaAt(diff, i, j))) worstDelta = Math.max(worstDelta, deltaAt(diff, i, j));
    }
  }
  const receivedCell = (i: number, j: number) => {
    const at = tensorIndex(diff, diff.rowStart + i, diff.colStart + j);
    const received = cellText(diff.received[i][j]);
    if (!diff.differs[i][j]) return { cls: "same", title: `${at} received ${received}: within the tolerance`.trim() };
    if (hidden)
      return { cls: "differs", style: mismatchColour(0.5), title: `${at} received ${received}: differs (hidden case: no expected value shown)`.trim() };
    const delta = deltaAt(diff, i, j);
    const weight = Number.isFinite(delta) && worstDelta > 0 ? delta / worstDelta : 1;
    const deltaText = Number.isFinite(delta) ? delta.toExponential(1) : "not finite";
    return {
      cls: "differs",
      style: mismatchColour(weight),
      title: `${at} expected ${cellText(diff.expected![i][j])}, received ${received}, |Δ| ${deltaText}`.trim(),
    };
  };
  const expectedCell = (i: number, j: number) => ({
    cls: diff.differs[i][j] ? "marked" : "same",
    title: `${tensorIndex(diff, diff.rowStart + i, diff.colStart + j)} expected ${cellText(diff.expected![i][j])}`.trim(),
  });
  const legend = hidden
    ? "red: outside the tolerance (a hidden case shows where, never the expected values)"
    : `red: outside the tolerance, stronger where |Δ| is larger (largest shown: ${worstDelta > 0 ? worstDelta.toExponential(1) : "not finite"})`;
  return html`<div class="diff">
    <p class="diff-caption">${caption(diff)}</p>
    <div class="grids">${hidden ? "" : grid(diff, "expected", expectedCell)}${grid(diff, "received", receivedCell)}</div>
    <p class="legend">${legend}</p>
  </div>`;
}
