/**
 * Numbers in an experiment's figure data, which crosses from the sandbox as JSON: a finite number as
 * itself, NaN and ±Infinity as the strings the fixtures use ("NaN", "Infinity", "-Infinity"), so that
 * a cost of `inf` (the random initialization's first) reaches the curve's data files as such.
 */

/** A number as figure data carries it. */
export type WireNumber = number | "NaN" | "Infinity" | "-Infinity";

/** The non-finite spellings, for the schemas. */
export const NON_FINITE = ["NaN", "Infinity", "-Infinity"] as const;

/** `x` as figure data carries it (anything but a number, which a submission may return, as "NaN"). */
export function toWire(x: number): WireNumber {
  if (typeof x !== "number") return "NaN";
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

/** Each of `xs` as figure data carries it. */
export function toWireList(xs: readonly number[]): WireNumber[] {
  return xs.map(toWire);
}

/** A wire number as a chart can plot it: finite numbers stay, the rest become null (a gap). */
export function plottable(x: WireNumber): number | null {
  return typeof x === "number" ? x : null;
}
