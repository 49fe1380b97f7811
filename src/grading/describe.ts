/**
 * Normalises whatever a graded function returned into plain data that can cross the process
 * boundary and be compared: numeric things become `{ kind: "tensor", shape, data: Float64Array }`.
 *
 * What counts as numeric is decided by `recogniseValue` (src/values/recognise): a number (shape
 * `[]`), `number[]`, `number[][]` (any rectangular nesting), typed arrays, a mathjs Matrix, an object
 * `{ shape, data }` and anything tensor-like with `shape` and `dataSync()` (TensorFlow.js). Objects
 * become named entries, other arrays lists; a ragged array, a `RandomState` and anything unreadable
 * are `other`.
 *
 * Runs inside the sandbox before student code is loaded; like the recogniser, it keeps its own
 * references to the built-ins it needs: a student's patched `Array.isArray` cannot change what it reports.
 */
import { formatShape } from "../np/check";
import { recogniseValue, type Recognised } from "../values/recognise";

const F64 = Float64Array;

/**
 * A returned value normalised by `describe`: plain data (tensors as `Float64Array`, row-major) that
 * crosses the process boundary and that `compareValues` compares.
 */
export type Described =
  | { kind: "tensor"; shape: number[]; data: Float64Array; source: string; dtype?: string }
  | { kind: "object"; entries: { [key: string]: Described } }
  | { kind: "list"; items: Described[] }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "other"; type: string };

/** The longest string kept; a longer one is cut, with an ellipsis. */
const MAX_STRING = 200;

/** A tensor of recognised numbers, its data copied as float64. */
function tensor({ shape, data, source, dtype }: Extract<Recognised, { kind: "numbers" }>): Described {
  const copy = new F64(data.length);
  for (let i = 0; i < data.length; i++) copy[i] = +data[i];
  const dims: number[] = [];
  for (let i = 0; i < shape.length; i++) dims[i] = shape[i];
  return dtype === undefined ? { kind: "tensor", shape: dims, data: copy, source } : { kind: "tensor", shape: dims, data: copy, source, dtype };
}

function describeRecognised(value: Recognised, depth: number): Described {
  switch (value.kind) {
    case "number":
      return { kind: "tensor", shape: [], data: new F64([value.value]), source: "number" };
    case "string":
      return { kind: "string", value: value.value.length > MAX_STRING ? value.value.slice(0, MAX_STRING) + "…" : value.value };
    case "boolean":
      return { kind: "boolean", value: value.value };
    case "null":
    case "undefined":
      return { kind: "other", type: value.kind };
    case "numbers":
      return tensor(value);
    case "ragged":
      return { kind: "other", type: "a ragged array (rows of different lengths)" };
    case "list": {
      const items: Described[] = [];
      for (let i = 0; i < value.items.length; i++) items[i] = describeValue(value.items[i], depth + 1);
      return { kind: "list", items };
    }
    case "random-state":
      return { kind: "other", type: "a RandomState" };
    case "object": {
      const entries: { [key: string]: Described } = {};
      for (const key of value.keys) entries[key] = describeValue(value.record[key], depth + 1);
      return { kind: "object", entries };
    }
    case "other":
      return { kind: "other", type: value.type };
  }
}

/** Describes `value` (see the module comment). Never throws; unknown things become `other`. */
export function describeValue(value: unknown, depth = 0): Described {
  if (depth > 20) return { kind: "other", type: "a value nested too deeply" };
  try {
    return describeRecognised(recogniseValue(value), depth);
  } catch {
    return { kind: "other", type: "a value that could not be read" };
  }
}

/** "a 2-D matrix (4, 2)", "a number", "an object with keys W1, b1", … for messages. */
export function kindName(value: Described): string {
  switch (value.kind) {
    case "tensor":
      if (value.shape.length === 0) return "a number";
      if (value.shape.length === 1) return `a 1-D array of length ${value.shape[0]}`;
      return `a ${value.shape.length}-D matrix ${formatShape(value.shape)}`;
    case "object": {
      const keys = Object.keys(value.entries);
      return keys.length === 0 ? "an empty object" : `an object with keys ${keys.join(", ")}`;
    }
    case "list":
      return `a list of ${value.items.length} items`;
    case "string":
      return `a string (${JSON.stringify(value.value)})`;
    case "boolean":
      return `a boolean (${value.value})`;
    case "other":
      return value.type;
  }
}
