/**
 * Normalises whatever a graded function returned into plain data that can cross the process
 * boundary and be compared: numeric things become `{ kind: "tensor", shape, data: Float64Array }`.
 *
 * Accepted as tensors: a number (shape `[]`), `number[]`, `number[][]` (any rectangular nesting),
 * typed arrays, a mathjs Matrix, an object `{ shape, data }` and anything tensor-like with
 * `shape` and `dataSync()` (TensorFlow.js). Objects become named entries, other arrays lists.
 *
 * Runs inside the sandbox before student code is loaded, so it keeps its own references to the
 * built-ins it needs: a student's patched `Array.isArray` cannot change what it reports.
 */
const isArray = Array.isArray;
const objectKeys = Object.keys;
const isView = ArrayBuffer.isView;
const F64 = Float64Array;
const toStringTag = Object.prototype.toString;

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

/** A tensor, or `other` when `shape` is not a list of whole numbers whose product is `data.length`. */
function tensor(shape: number[], data: ArrayLike<number>, source: string, dtype?: string): Described {
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    if (!Number.isInteger(shape[i]) || shape[i] < 0) return { kind: "other", type: `a ${source} with an invalid shape [${shape.join(", ")}]` };
    size *= shape[i];
  }
  if (size !== data.length) {
    return { kind: "other", type: `a ${source} whose shape (${shape.join(", ")}) needs ${size} numbers but which holds ${data.length}` };
  }
  const copy = new F64(data.length);
  for (let i = 0; i < data.length; i++) copy[i] = +data[i];
  return dtype === undefined ? { kind: "tensor", shape, data: copy, source } : { kind: "tensor", shape, data: copy, source, dtype };
}

/** The shape of a rectangular nested array of numbers, or a reason why it is not one. */
function nestedShape(value: unknown[]): number[] | string {
  if (value.length === 0) return [0];
  let allNumbers = true;
  let allArrays = true;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== "number") allNumbers = false;
    if (!isArray(value[i])) allArrays = false;
  }
  if (allNumbers) return [value.length];
  if (!allArrays) return "mixed";
  const first = nestedShape(value[0] as unknown[]);
  if (typeof first === "string") return first;
  for (let i = 1; i < value.length; i++) {
    const s = nestedShape(value[i] as unknown[]);
    if (typeof s === "string") return s;
    if (s.length !== first.length || s.some((d, k) => d !== first[k])) return "ragged";
  }
  return [value.length, ...first];
}

function flatten(value: unknown, depth: number, out: number[]): void {
  if (depth === 0) {
    out.push(value as number);
    return;
  }
  const arr = value as unknown[];
  for (let i = 0; i < arr.length; i++) flatten(arr[i], depth - 1, out);
}

function isMathjsMatrix(value: object): value is { size(): number[]; toArray(): unknown } {
  const v = value as { size?: unknown; toArray?: unknown; type?: unknown };
  return typeof v.size === "function" && typeof v.toArray === "function" && /Matrix$/.test(String(v.type ?? ""));
}

function isTensorLike(value: object): value is { shape: number[]; dtype?: string; dataSync(): ArrayLike<number> } {
  const v = value as { shape?: unknown; dataSync?: unknown };
  return isArray(v.shape) && typeof v.dataSync === "function";
}

/** Describes `value` (see the module comment). Never throws; unknown things become `other`. */
export function describeValue(value: unknown, depth = 0): Described {
  if (depth > 20) return { kind: "other", type: "a value nested too deeply" };
  if (typeof value === "number") return tensor([], [value], "number");
  if (typeof value === "string") return { kind: "string", value: value.length > 200 ? value.slice(0, 200) + "…" : value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value === null) return { kind: "other", type: "null" };
  if (value === undefined) return { kind: "other", type: "undefined" };
  if (typeof value === "function") return { kind: "other", type: "a function" };
  if (typeof value !== "object") return { kind: "other", type: `a ${typeof value}` };
  try {
    if (isView(value)) {
      const name = toStringTag.call(value).slice(8, -1);
      return tensor([(value as unknown as ArrayLike<number>).length], value as unknown as ArrayLike<number>, name);
    }
    if (isArray(value)) {
      const shape = nestedShape(value);
      if (typeof shape !== "string") {
        const flat: number[] = [];
        flatten(value, shape.length, flat);
        return tensor(shape, flat, shape.length === 1 ? "number[]" : shape.length === 2 ? "number[][]" : "nested array");
      }
      if (shape === "ragged") return { kind: "other", type: "a ragged array (rows of different lengths)" };
      return { kind: "list", items: value.map((item) => describeValue(item, depth + 1)) };
    }
    if (isMathjsMatrix(value)) {
      const inner = describeValue(value.toArray(), depth + 1);
      if (inner.kind === "tensor") return tensor(value.size(), inner.data, "mathjs Matrix");
      return inner;
    }
    if (isTensorLike(value)) {
      return tensor([...value.shape], value.dataSync(), "tensor", value.dtype);
    }
    const record = value as Record<string, unknown>;
    const keys = objectKeys(record);
    if (keys.length === 2 && isArray(record.shape) && (isArray(record.data) || isView(record.data))) {
      const inner = describeValue(record.data, depth + 1);
      if (inner.kind === "tensor") return tensor((record.shape as number[]).map(Number), inner.data, "{ shape, data }");
    }
    const entries: { [key: string]: Described } = {};
    for (const key of keys) entries[key] = describeValue(record[key], depth + 1);
    return { kind: "object", entries };
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
      return `a ${value.shape.length}-D matrix ${shapeText(value.shape)}`;
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

/** numpy's spelling of a shape: `(4, 2)`, `(3,)`, `()`. */
export function shapeText(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(", ")})`;
}
