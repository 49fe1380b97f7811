import * as math from "mathjs";
import seedrandom from "seedrandom";
import type { Matrix } from "../../src/np";

/** Reproducible random numbers for the np tests (never Math.random). */
export type Rng = () => number;
export const rngFor = (name: string): Rng => seedrandom(`np-tests/${name}`);

export function randomInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** A value of varied sign and magnitude, sometimes 0 or an integer. */
export function randomValue(rng: Rng): number {
  const u = rng();
  if (u < 0.05) return 0;
  if (u < 0.15) return randomInt(rng, -5, 5);
  return (rng() - 0.5) * 10 ** randomInt(rng, -3, 3);
}

export function randomMatrix(rng: Rng, rows: number, cols: number, value: (rng: Rng) => number = randomValue): Matrix {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value(rng)));
}

/** A random shape, 1 … max in each dimension. */
export function randomShape(rng: Rng, max = 7): [number, number] {
  return [randomInt(rng, 1, max), randomInt(rng, 1, max)];
}

/** The mathjs value as plain nested arrays (mathjs returns arrays for array inputs; this also unwraps Matrix). */
export function plain(value: unknown): unknown {
  return math.isMatrix(value) ? (value as math.Matrix).toArray() : value;
}

/** Booleans (mathjs comparisons) as 1/0. */
export function bits(value: unknown): Matrix {
  return (plain(value) as boolean[][]).map((row) => row.map((b) => (b ? 1 : 0)));
}

/** Largest |a−e| / max(|e|, tiny) over matching nested numbers; throws on a shape mismatch. */
export function maxRelativeError(actual: unknown, expected: unknown): number {
  if (typeof expected === "number") {
    if (typeof actual !== "number") throw new Error(`expected a number, got ${JSON.stringify(actual)}`);
    if (Object.is(actual, expected)) return 0;
    return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  }
  if (!Array.isArray(expected) || !Array.isArray(actual) || actual.length !== expected.length) {
    throw new Error(`shape mismatch: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  }
  return expected.reduce((m: number, e, i) => Math.max(m, maxRelativeError(actual[i], e)), 0);
}

/** Snapshots `values`; the returned function asserts they are unchanged (inputs are never mutated). */
export function snapshot<T>(values: T): () => void {
  const before = JSON.stringify(values);
  return () => expect(JSON.stringify(values)).toBe(before);
}
