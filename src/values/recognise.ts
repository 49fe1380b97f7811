/**
 * What a JavaScript value is, decided in one place for every part that needs to know: the fixtures'
 * encoding (`encodeValue`), the sandbox's normaliser (`describeValue`) and the numpy-like helpers'
 * error messages (`valueKind`).
 *
 * Numeric things are recognised as `numbers` (a shape and row-major data): a number is not (it is
 * `number`), but `number[]`, rectangular nested `number[]…[]`, typed arrays, a mathjs Matrix, an
 * object of exactly `{ shape, data }` and anything tensor-like with `shape` and `dataSync()`
 * (TensorFlow.js tensors and variables) are. Arrays that are not rectangular arrays of numbers are
 * `ragged` (rows of numbers of different lengths) or `list`s; a `RandomState` is its own kind; other
 * objects are `object`s of their own enumerable keys.
 *
 * The sandbox recognises values after student code has run, so this module binds every built-in it
 * uses when it is loaded (`Array.isArray`, `Object.keys`, …, and `Reflect.apply` to call them): a
 * submission that patches a global cannot change what it reports. It never throws: a value that
 * cannot be read (a getter or a proxy trap that throws, a structure too deep to walk) is `other`.
 */
import { RandomState } from "../random";

const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const keysOf = Object.keys;
const isInteger = Number.isInteger;
const toNumber = Number;
const apply = Reflect.apply;
const objectToString = Object.prototype.toString;
const hasInstance = Function.prototype[Symbol.hasInstance];
const testPattern = RegExp.prototype.test;
const MATRIX_TYPE = /Matrix$/;

/** Nested arrays deeper than this are not read as numbers (a tensor's rank on the wire is at most 32). */
export const MAX_RANK = 32;

/** Where a recognised array of numbers came from, as messages name it. */
export type NumbersSource = "number[]" | "number[][]" | "nested array" | "mathjs Matrix" | "{ shape, data }" | "tensor" | string;

/** A value as `recogniseValue` sees it (see the module comment). */
export type Recognised =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "undefined" }
  | {
      kind: "numbers";
      /** Whole, non-negative dimensions whose product is `data.length`. */
      shape: number[];
      /** Row-major; a typed array or `dataSync()`'s result as it is (not copied). */
      data: ArrayLike<number>;
      source: NumbersSource;
      /** Whether it was a plain JavaScript array (nested or not). */
      plainArray: boolean;
      /** A tensor's own dtype ("float32", "int32"), when it has one. */
      dtype?: string;
    }
  | { kind: "ragged"; items: readonly unknown[] }
  | { kind: "list"; items: readonly unknown[] }
  | { kind: "random-state" }
  | { kind: "object"; record: Readonly<Record<string, unknown>>; keys: string[] }
  | { kind: "other"; type: string };

const UNREADABLE: Recognised = { kind: "other", type: "a value that could not be read" };

/** `numbers`, or `other` when `shape` is not a list of whole numbers whose product is `data.length`. */
function numbers(shape: number[], data: ArrayLike<number>, source: NumbersSource, plainArray: boolean, dtype?: string): Recognised {
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    if (!isInteger(shape[i]) || shape[i] < 0) return { kind: "other", type: `a ${source} with an invalid shape [${shape.join(", ")}]` };
    size *= shape[i];
  }
  if (size !== data.length) {
    return { kind: "other", type: `a ${source} whose shape (${shape.join(", ")}) needs ${size} numbers but which holds ${data.length}` };
  }
  return dtype === undefined ? { kind: "numbers", shape, data, source, plainArray } : { kind: "numbers", shape, data, source, plainArray, dtype };
}

/** The shape of a rectangular nested array of numbers, or why it is not one: rows of different lengths, or other items. */
function nestedShape(value: readonly unknown[], depth: number): number[] | "ragged" | "mixed" {
  if (value.length === 0) return [0];
  if (depth >= MAX_RANK) return "mixed";
  let allNumbers = true;
  let allArrays = true;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (typeof item !== "number") allNumbers = false;
    if (!isArray(item)) allArrays = false;
    if (!allNumbers && !allArrays) return "mixed";
  }
  if (allNumbers) return [value.length];
  const first = nestedShape(value[0] as unknown[], depth + 1);
  if (typeof first === "string") return first;
  for (let i = 1; i < value.length; i++) {
    const s = nestedShape(value[i] as unknown[], depth + 1);
    if (typeof s === "string") return s;
    if (s.length !== first.length) return "ragged";
    for (let k = 0; k < s.length; k++) if (s[k] !== first[k]) return "ragged";
  }
  return [value.length, ...first];
}

function flatten(value: unknown, depth: number, out: number[]): void {
  if (depth === 0) {
    out[out.length] = value as number;
    return;
  }
  const rows = value as unknown[];
  for (let i = 0; i < rows.length; i++) flatten(rows[i], depth - 1, out);
}

const arraySource = (rank: number): NumbersSource => (rank === 1 ? "number[]" : rank === 2 ? "number[][]" : "nested array");

function recogniseArray(value: readonly unknown[]): Recognised {
  const shape = nestedShape(value, 0);
  if (shape === "ragged") return { kind: "ragged", items: value };
  if (shape === "mixed") return { kind: "list", items: value };
  const flat: number[] = [];
  flatten(value, shape.length, flat);
  return numbers(shape, flat, arraySource(shape.length), true);
}

/** The name of a typed array's class ("Float64Array"), or undefined for a DataView or a BigInt array. */
function typedArrayName(value: object): string | undefined {
  const name = (apply(objectToString, value, []) as string).slice(8, -1);
  return name === "DataView" || name.startsWith("Big") ? undefined : name;
}

function isMathjsMatrix(value: object): value is { size(): number[]; toArray(): unknown } {
  const v = value as { size?: unknown; toArray?: unknown; type?: unknown };
  return typeof v.size === "function" && typeof v.toArray === "function" && (apply(testPattern, MATRIX_TYPE, [`${toText(v.type)}`]) as boolean);
}

function toText(x: unknown): string {
  return typeof x === "string" ? x : "";
}

function isTensorLike(value: object): value is { shape: number[]; dtype?: unknown; dataSync(): ArrayLike<number> } {
  const v = value as { shape?: unknown; dataSync?: unknown };
  return isArray(v.shape) && typeof v.dataSync === "function";
}

function copyShape(shape: readonly unknown[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < shape.length; i++) out[i] = shape[i] as number;
  return out;
}

function recogniseObject(value: object): Recognised {
  if (isView(value)) {
    const name = typedArrayName(value);
    if (name === undefined) return { kind: "other", type: `a ${(apply(objectToString, value, []) as string).slice(8, -1)}` };
    const data = value as unknown as ArrayLike<number>;
    return numbers([data.length], data, name, false);
  }
  if (isArray(value)) return recogniseArray(value);
  if (apply(hasInstance, RandomState, [value])) return { kind: "random-state" };
  if (isMathjsMatrix(value)) {
    const inner = recogniseValue(value.toArray());
    return inner.kind === "numbers" ? numbers(copyShape(value.size()), inner.data, "mathjs Matrix", false) : inner;
  }
  if (isTensorLike(value)) {
    const dtype = value.dtype;
    return numbers(copyShape(value.shape), value.dataSync(), "tensor", false, typeof dtype === "string" ? dtype : undefined);
  }
  const record = value as Record<string, unknown>;
  const keys = keysOf(record);
  if (keys.length === 2 && isArray(record.shape) && (isArray(record.data) || isView(record.data))) {
    const inner = recogniseValue(record.data);
    if (inner.kind === "numbers") {
      const shape = record.shape as unknown[];
      const dims: number[] = [];
      for (let i = 0; i < shape.length; i++) dims[i] = toNumber(shape[i]);
      return numbers(dims, inner.data, "{ shape, data }", false);
    }
  }
  return { kind: "object", record, keys };
}

/** What `value` is (see the module comment). Never throws. */
export function recogniseValue(value: unknown): Recognised {
  switch (typeof value) {
    case "number":
      return { kind: "number", value };
    case "string":
      return { kind: "string", value };
    case "boolean":
      return { kind: "boolean", value };
    case "undefined":
      return { kind: "undefined" };
    case "function":
      return { kind: "other", type: "a function" };
    case "object":
      if (value === null) return { kind: "null" };
      try {
        return recogniseObject(value);
      } catch {
        return UNREADABLE;
      }
    default:
      return { kind: "other", type: `a ${typeof value}` };
  }
}

/**
 * The JavaScript type of `value` as a noun, for messages: "null", "undefined", "array", the class of
 * an object ("Float64Array", "RandomState", "Object"), or `typeof` ("string", "function"). Never throws.
 */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  try {
    if (isArray(value)) return "array";
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? name : "object";
  } catch {
    return "object";
  }
}
