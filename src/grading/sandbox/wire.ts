/**
 * The values that cross from the sandbox to the grader, as JSON: a `Described` value whose tensor
 * data is the base64 of its numbers' IEEE-754 float64 bytes, in the machine's byte order (both ends
 * are processes of one machine), so NaN, ±Infinity and −0 travel exactly. The child encodes with
 * `encodeDescribed`; the grader decodes with `decodeWireValue` only after the reply passed its schema
 * (`reply-schema.ts`), and still checks what a schema cannot: that a tensor's data is the canonical
 * base64 of exactly as many numbers as its shape needs, within the size bounds.
 */
import type { Described } from "../describe";

/** A `Described` value on the wire: tensor `data` is base64 of float64 bytes (see the module comment). */
export type WireValue =
  | { kind: "tensor"; shape: number[]; data: string; source: string; dtype?: string }
  | { kind: "object"; entries: { [key: string]: WireValue } }
  | { kind: "list"; items: WireValue[] }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "other"; type: string };

/** Bounds on one reply's values; a reply beyond them is malformed. */
export const WIRE_LIMITS = { numbers: 1_000_000, depth: 24, dimension: 2 ** 31 - 1 };

/** The length of the (padded) base64 text of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

// Captured at load: the child encodes after student code ran, which may have replaced built-ins.
// `base64Slice` is the native method behind `Buffer#toString("base64")`: called on any typed array
// with explicit byte bounds, it reads neither `length` nor other replaceable properties.
const F64 = Float64Array;
const apply = Reflect.apply;
const base64Slice = (Buffer.prototype as unknown as { base64Slice: (start: number, end: number) => string }).base64Slice;
const keysOf = Object.keys;

/** The base64 of `data`'s numbers as float64 bytes. */
function encodeNumbers(data: Float64Array): string {
  const n = data.length;
  const numbers = new F64(n);
  for (let i = 0; i < n; i++) numbers[i] = data[i];
  return apply(base64Slice, numbers, [0, n * 8]) as string;
}

/** `value` as it crosses the boundary (in the sandbox). */
export function encodeDescribed(value: Described): WireValue {
  switch (value.kind) {
    case "tensor": {
      const data = encodeNumbers(value.data);
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

/**
 * Throws `MalformedValue` unless a tensor's wire `data` is a string of exactly the base64 length of
 * `size` float64 numbers: a cheap check, before anything is allocated or decoded.
 */
function checkDataLength(data: unknown, size: number, shape: readonly number[]): asserts data is string {
  if (typeof data !== "string") throw new MalformedValue(`a tensor of shape [${shape.join(", ")}] whose data is not a base64 string`);
  const expected = base64Length(size * 8);
  if (data.length !== expected) {
    throw new MalformedValue(
      `a tensor of shape [${shape.join(", ")}] (${size} numbers, ${expected} base64 characters) whose data has ${data.length} characters`,
    );
  }
}

/**
 * The `size` numbers of a tensor's wire `data` (of the right length), in a fresh, aligned Float64Array;
 * throws `MalformedValue` unless `data` is the canonical base64 of their bytes. Buffer's decoder skips
 * characters that are not base64 and accepts the URL alphabet and non-zero padding bits, so the bytes
 * are encoded again and compared.
 */
function decodeNumbers(data: string, size: number, shape: readonly number[]): Float64Array {
  const numbers = new Float64Array(size);
  const bytes = Buffer.from(numbers.buffer, 0, size * 8);
  const written = bytes.write(data, "base64");
  if (written !== size * 8 || bytes.toString("base64") !== data) {
    throw new MalformedValue(`a tensor of shape [${shape.join(", ")}] whose data is not the canonical base64 of ${size} float64 numbers`);
  }
  return numbers;
}

/**
 * A wire value (already schema-valid) back into a `Described` (in the grader); throws
 * `MalformedValue` when a dimension is out of bounds, the value holds more than `WIRE_LIMITS` numbers
 * or levels, or a tensor's data is not the canonical base64 of exactly the numbers its shape needs.
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
      checkDataLength(value.data, size, value.shape);
      budget.numbers -= size;
      if (budget.numbers < 0) throw new MalformedValue(`more than ${WIRE_LIMITS.numbers} numbers in one reply`);
      const data = decodeNumbers(value.data, size, value.shape);
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
