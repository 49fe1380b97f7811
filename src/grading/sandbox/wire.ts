/**
 * The values that cross from the sandbox to the grader, as JSON: a `Described` value whose tensor
 * data is a plain array of numbers, with NaN and ±Infinity spelled as strings (the fixtures'
 * encoding). The child encodes with `encodeDescribed`; the grader decodes with `decodeWireValue`
 * only after the reply passed its schema (`reply-schema.ts`), and still checks what a schema cannot:
 * that a tensor holds exactly as many numbers as its shape needs, within the size bounds.
 */
import type { Described } from "../describe";

/** A number on the wire: finite numbers as they are, the others as text. */
export type WireNumber = number | "NaN" | "Infinity" | "-Infinity";

/** A `Described` value on the wire. */
export type WireValue =
  | { kind: "tensor"; shape: number[]; data: WireNumber[]; source: string; dtype?: string }
  | { kind: "object"; entries: { [key: string]: WireValue } }
  | { kind: "list"; items: WireValue[] }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "other"; type: string };

/** Bounds on one reply's values; a reply beyond them is malformed. */
export const WIRE_LIMITS = { numbers: 1_000_000, depth: 24, dimension: 2 ** 31 - 1 };

// Captured at load: the child encodes after student code ran, which may have replaced built-ins.
const isFinite_ = Number.isFinite;
const isNaN_ = Number.isNaN;
const keysOf = Object.keys;

function wireNumber(x: number): WireNumber {
  if (isFinite_(x)) return x;
  if (isNaN_(x)) return "NaN";
  return x > 0 ? "Infinity" : "-Infinity";
}

/** `value` as it crosses the boundary (in the sandbox). */
export function encodeDescribed(value: Described): WireValue {
  switch (value.kind) {
    case "tensor": {
      const data: WireNumber[] = [];
      for (let i = 0; i < value.data.length; i++) data[i] = wireNumber(value.data[i]);
      const shape: number[] = [];
      for (let i = 0; i < value.shape.length; i++) shape[i] = value.shape[i];
      const out: WireValue = { kind: "tensor", shape, data, source: value.source };
      if (value.dtype !== undefined) out.dtype = value.dtype;
      return out;
    }
    case "object": {
      const entries: { [key: string]: WireValue } = {};
      const keys = keysOf(value.entries);
      for (let i = 0; i < keys.length; i++) entries[keys[i]] = encodeDescribed(value.entries[keys[i]]);
      return { kind: "object", entries };
    }
    case "list": {
      const items: WireValue[] = [];
      for (let i = 0; i < value.items.length; i++) items[i] = encodeDescribed(value.items[i]);
      return { kind: "list", items };
    }
    default:
      return value;
  }
}

/** Why a schema-valid wire value still cannot be trusted. */
export class MalformedValue extends Error {
  override name = "MalformedValue";
}

function decodeNumber(x: WireNumber): number {
  if (typeof x === "number") return x;
  return x === "NaN" ? NaN : x === "Infinity" ? Infinity : -Infinity;
}

/**
 * A wire value (already schema-valid) back into a `Described` (in the grader); throws
 * `MalformedValue` when a tensor's data does not fill its shape exactly, a dimension is out of bounds,
 * or the value holds more than `WIRE_LIMITS` numbers or levels.
 */
export function decodeWireValue(value: WireValue, budget = { numbers: WIRE_LIMITS.numbers }, depth = 0): Described {
  if (depth > WIRE_LIMITS.depth) throw new MalformedValue(`a value nested more than ${WIRE_LIMITS.depth} levels deep`);
  switch (value.kind) {
    case "tensor": {
      let size = 1;
      for (const d of value.shape) {
        if (!Number.isSafeInteger(d) || d < 0 || d > WIRE_LIMITS.dimension) throw new MalformedValue(`a tensor with an invalid dimension ${String(d)}`);
        size *= d;
      }
      if (size !== value.data.length) {
        throw new MalformedValue(`a tensor of shape [${value.shape.join(", ")}] (${size} numbers) holding ${value.data.length}`);
      }
      budget.numbers -= size;
      if (budget.numbers < 0) throw new MalformedValue(`more than ${WIRE_LIMITS.numbers} numbers in one reply`);
      const data = new Float64Array(size);
      for (let i = 0; i < size; i++) data[i] = decodeNumber(value.data[i]);
      return value.dtype === undefined
        ? { kind: "tensor", shape: value.shape.slice(), data, source: value.source }
        : { kind: "tensor", shape: value.shape.slice(), data, source: value.source, dtype: value.dtype };
    }
    case "object": {
      // No prototype: a key such as "__proto__" stays an ordinary entry.
      const entries = Object.create(null) as { [key: string]: Described };
      for (const key of Object.keys(value.entries)) entries[key] = decodeWireValue(value.entries[key], budget, depth + 1);
      return { kind: "object", entries };
    }
    case "list":
      return { kind: "list", items: value.items.map((item) => decodeWireValue(item, budget, depth + 1)) };
    default:
      return value;
  }
}
