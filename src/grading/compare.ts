/**
 * Staged comparison of a received value with an expected one, both normalised by `describe`:
 * type → shape → finite → values. Returns the first mismatch with a message a student can act
 * on, or undefined when the received value is within tolerance everywhere.
 *
 * Values pass when `|received − expected| ≤ atol + rtol·|expected|`. NaN matches only NaN at the
 * same index, and an infinity only the same infinity.
 */
import type { Tolerance } from "../fixtures/types";
import { formatShape } from "../np/check";
import { kindName, type Described } from "./describe";
import { valueDiff, withinTolerance, type ValueDiff } from "./value-diff";

/** The comparison stage at which a received value first failed, in the order they are tried. */
export type MismatchStage = "type" | "keys" | "length" | "shape" | "finite" | "values";

/** The first difference `compareValues` found, with the message lines that feedback shows. */
export interface Mismatch {
  stage: MismatchStage;
  /** Where in the returned value: `""` for the value itself, `W1`, `v.dW1`, `[2].X`. */
  path: string;
  /** One line: "values differ in W1". */
  summary: string;
  /** Further lines: statistics, the first differing index, other differing keys. */
  details: string[];
  /**
   * At the `values` and `finite` stages: where the tensor differs, around its worst mismatch, expected
   * values included (`withoutExpected` removes them before a hidden case shows it).
   */
  diff?: ValueDiff;
}

type Tensor = Extract<Described, { kind: "tensor" }>;

function join(path: string, key: string): string {
  if (key.startsWith("[")) return path + key;
  return path === "" ? key : `${path}.${key}`;
}

function where(path: string): string {
  return path === "" ? "the returned value" : path;
}

/** `[i, j]` for flat index `k` of a row-major tensor of `shape`. */
export function indexText(shape: readonly number[], k: number): string {
  const idx: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) {
    idx.unshift(k % shape[d]);
    k = Math.floor(k / shape[d]);
  }
  return `[${idx.join(", ")}]`;
}

/** Shortest precision (at least 6 significant digits) at which `a` and `b` print differently. */
export function formatPair(a: number, b: number): [string, string] {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [String(a), String(b)];
  for (let p = 6; p <= 17; p++) {
    const sa = trim(a.toPrecision(p));
    const sb = trim(b.toPrecision(p));
    if (sa !== sb || p === 17) return [shortest(a, sa), shortest(b, sb)];
  }
  return [String(a), String(b)];
}

/** JavaScript's own shortest round-trip text when it is no longer than `text` (0.3, not 0.29999999999999999). */
function shortest(x: number, text: string): string {
  const own = String(x);
  return own.length <= text.length ? own : text;
}

function trim(s: string): string {
  if (s.includes("e")) {
    const [m, e] = s.split("e");
    return `${trimMantissa(m)}e${e}`;
  }
  return trimMantissa(s);
}

function trimMantissa(m: string): string {
  return m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m;
}

/**
 * `x` in scientific notation with two significant digits (`3.1e-2`; `0` for zero), for
 * tolerances and errors in messages.
 */
export function sci(x: number): string {
  return x === 0 ? "0" : x.toExponential(1);
}

function shapeMismatch(expected: Tensor, received: Tensor, path: string): Mismatch {
  const e = expected.shape;
  const r = received.shape;
  const details: string[] = [];
  if (e.length === 2 && r.length === 2 && e[0] === r[1] && e[1] === r[0] && e[0] !== e[1]) {
    details.push("that is the transpose of the expected shape (rows and columns swapped)");
  } else if (e.length === 2 && e[1] === 1 && r.length === 1 && r[0] === e[0]) {
    details.push(`a column vector has shape (${e[0]}, 1): return ${e[0]} rows of one number each, not a flat array`);
  } else if (e.length === 2 && e[0] === 1 && r.length === 1 && r[0] === e[1]) {
    details.push(`a row vector has shape (1, ${e[1]}): return [[…]] with one row, not a flat array`);
  }
  return {
    stage: "shape",
    path,
    summary: `${where(path)} has shape ${formatShape(r)}; expected ${formatShape(e)}`,
    details,
  };
}

function compareTensors(expected: Tensor, received: Tensor, tol: Tolerance, path: string): Mismatch | undefined {
  const scalar = expected.shape.length === 0;
  if (scalar ? received.data.length !== 1 : !sameShape(expected.shape, received.shape)) {
    if (scalar) {
      return { stage: "type", path, summary: `expected a number for ${where(path)}, got ${kindName(received)}`, details: [] };
    }
    return shapeMismatch(expected, received, path);
  }
  const e = expected.data;
  const r = received.data;
  let nonFinite = 0;
  let firstNonFinite = -1;
  for (let k = 0; k < r.length; k++) {
    if (!Number.isFinite(r[k]) && Number.isFinite(e[k])) {
      nonFinite++;
      if (firstNonFinite < 0) firstNonFinite = k;
    }
  }
  if (nonFinite > 0) {
    const at = scalar ? "" : ` at ${indexText(expected.shape, firstNonFinite)}`;
    const diff = valueDiff(e, r, expected.shape, tol, path);
    return {
      stage: "finite",
      path,
      ...(diff ? { diff } : {}),
      summary: `${where(path)} contains ${r[firstNonFinite]}${at}`,
      details: [`${nonFinite} of ${r.length} entries are not finite where finite numbers were expected`],
    };
  }
  let differ = 0;
  let first = -1;
  let maxAbs = 0;
  let maxRel = 0;
  let relDefined = false;
  for (let k = 0; k < r.length; k++) {
    if (withinTolerance(e[k], r[k], tol)) continue;
    differ++;
    if (first < 0) first = k;
    const abs = Math.abs(r[k] - e[k]);
    if (abs > maxAbs || Number.isNaN(abs)) maxAbs = abs;
    // Relative error is undefined where the expected value is 0: those entries count in max |Δ| only.
    if (e[k] !== 0) {
      relDefined = true;
      const rel = abs / Math.abs(e[k]);
      if (rel > maxRel || Number.isNaN(rel)) maxRel = rel;
    }
  }
  if (differ === 0) return undefined;
  const [es, rs] = formatPair(e[first], r[first]);
  const allZero = e.every((x) => x === 0);
  const shapeNote = scalar ? "" : `shape ${formatShape(expected.shape)} ok · `;
  const diff = valueDiff(e, r, expected.shape, tol, path);
  return {
    stage: "values",
    path,
    ...(diff ? { diff } : {}),
    summary: `values differ in ${where(path)}`,
    details: [
      `${shapeNote}${differ} of ${r.length} differ · max |Δ| ${sci(maxAbs)} · max rel ${relDefined ? sci(maxRel) : "–"} · tolerance atol ${sci(tol.atol)} rtol ${sci(tol.rtol)}`,
      `${scalar ? "" : `first at ${indexText(expected.shape, first)}: `}expected ${es}, received ${rs}`,
      ...(allZero && !scalar ? [`${where(path)} should be all zeros`] : []),
    ],
  };
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The first mismatch between `expected` and `received` (see the module comment), or undefined. */
export function compareValues(expected: Described, received: Described, tol: Tolerance, path = ""): Mismatch | undefined {
  if (expected.kind === "tensor") {
    if (received.kind !== "tensor") {
      return { stage: "type", path, summary: `expected ${kindName(expected)} for ${where(path)}, got ${kindName(received)}`, details: [] };
    }
    return compareTensors(expected, received, tol, path);
  }
  if (expected.kind === "object") {
    if (received.kind !== "object") {
      return { stage: "type", path, summary: `expected ${kindName(expected)} for ${where(path)}, got ${kindName(received)}`, details: [] };
    }
    const missing = Object.keys(expected.entries).filter((key) => !(key in received.entries));
    if (missing.length > 0) {
      return {
        stage: "keys",
        path,
        summary: `${where(path)} is missing ${missing.join(", ")}`,
        details: [`expected keys ${Object.keys(expected.entries).join(", ")}; received ${Object.keys(received.entries).join(", ") || "none"}`],
      };
    }
    const mismatches: Mismatch[] = [];
    for (const key of Object.keys(expected.entries)) {
      const m = compareValues(expected.entries[key], received.entries[key], tol, join(path, key));
      if (m) mismatches.push(m);
    }
    if (mismatches.length === 0) return undefined;
    const [first, ...rest] = mismatches;
    if (rest.length === 0) return first;
    return { ...first, details: [...first.details, `also wrong: ${rest.map((m) => m.path).join(", ")}`] };
  }
  if (expected.kind === "list") {
    if (received.kind !== "list") {
      return { stage: "type", path, summary: `expected ${kindName(expected)} for ${where(path)}, got ${kindName(received)}`, details: [] };
    }
    if (received.items.length !== expected.items.length) {
      return {
        stage: "length",
        path,
        summary: `${where(path)} has ${received.items.length} items; expected ${expected.items.length}`,
        details: [],
      };
    }
    for (let i = 0; i < expected.items.length; i++) {
      const m = compareValues(expected.items[i], received.items[i], tol, join(path, `[${i}]`));
      if (m) return m;
    }
    return undefined;
  }
  if (expected.kind === received.kind && JSON.stringify(expected) === JSON.stringify(received)) return undefined;
  return { stage: "type", path, summary: `expected ${kindName(expected)} for ${where(path)}, got ${kindName(received)}`, details: [] };
}
