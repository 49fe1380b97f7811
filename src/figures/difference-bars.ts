/**
 * The gradient checks' differences `‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)` on a log scale,
 * one point per check, with the course's threshold 2e-7 as a rule: a check whose backward pass is
 * right sits left of it.
 */
import type { Figure } from "./figure";
import { plottable, type WireNumber } from "./wire-numbers";

/** One check: its label, its difference, and whether the course expects it above the threshold. */
export interface CheckDifference {
  label: string;
  difference: WireNumber;
  shouldFail: boolean;
}

/** The figure of the checks' differences against `threshold` (columns `check`, `difference`, `expected`). */
export function differenceFigure(id: string, title: string, checks: readonly CheckDifference[], threshold: number): Figure {
  const table = checks.map((c) => ({ check: c.label, difference: c.difference, expected: c.shouldFail ? "above the threshold" : "at or below" }));
  // A difference of 0 (or not finite) has no place on a log scale: it stays in the table only.
  const values = table.map((row) => ({ ...row, difference: plottable(row.difference) })).filter((row) => row.difference !== null && row.difference > 0);
  return {
    id,
    title,
    table,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title,
      width: 480,
      height: Math.max(60, 40 * checks.length),
      layer: [
        {
          data: { values },
          mark: { type: "point", filled: true, size: 120 },
          encoding: {
            x: { field: "difference", type: "quantitative", title: "difference (log scale)", scale: { type: "log" } },
            y: { field: "check", type: "nominal", title: null, scale: { domain: checks.map((c) => c.label) }, axis: { labelLimit: 0 } },
            color: { field: "expected", type: "nominal", title: "the course expects" },
          },
        },
        {
          data: { values: [{ threshold }] },
          mark: { type: "rule", strokeDash: [4, 4] },
          encoding: { x: { field: "threshold", type: "quantitative" } },
        },
      ],
    },
  };
}
