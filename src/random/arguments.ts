/**
 * Argument checks of RandomState's methods: each error names the method and the argument, and says
 * what was expected ("RandomState.seed: expected an integer in [0, 2^32), got 1.5").
 */
// Captured at load, like the generator's own built-ins.
const { isArray } = Array;
const { isInteger, isSafeInteger } = Number;

const TWO_32 = 4294967296;

/**
 * A `size` argument in numpy's sense, limited to what the course draws: `n` or `[n]` for a
 * vector of length n, `[rows, cols]` for a row-major matrix. Every entry is a non-negative integer.
 */
export type Shape = number | readonly [number] | readonly [number, number];

/** How a bad argument is shown in a message: its value, or its kind ("an array of length 3"). */
export function describeArgument(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint" || value === undefined || value === null) {
    return String(value);
  }
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  return isArray(value) ? `an array of length ${value.length}` : typeof value;
}

export function checkSeed(method: string, s: unknown): asserts s is number {
  const message = `${method}: expected an integer in [0, 2^32), got ${describeArgument(s)}`;
  if (typeof s !== "number") throw new TypeError(message);
  if (!isInteger(s) || s < 0 || s >= TWO_32) throw new RangeError(message);
}

export function checkNumber(method: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== "number") throw new TypeError(`${method}: ${name} must be a number, got ${describeArgument(x)}`);
}

export function checkSafeInteger(method: string, name: string, x: unknown): asserts x is number {
  checkNumber(method, name, x);
  if (!isSafeInteger(x)) throw new RangeError(`${method}: ${name} must be a safe integer, got ${x}`);
}

export function checkCount(method: string, name: string, x: unknown): asserts x is number {
  checkSafeInteger(method, name, x);
  if (x < 0) throw new RangeError(`${method}: ${name} must be a non-negative integer, got ${x}`);
}

export function checkDims(method: string, dims: readonly unknown[]): void {
  if (dims.length > 2) {
    throw new RangeError(`${method}: at most 2 dimensions (rows, cols) are supported, got ${dims.length}`);
  }
  for (const d of dims) {
    if (typeof d !== "number") throw new TypeError(`${method}: dimensions must be numbers, got ${describeArgument(d)}`);
    if (!isSafeInteger(d) || d < 0) {
      throw new RangeError(`${method}: dimensions must be non-negative integers, got ${d}`);
    }
  }
}

/** numpy's `size`: undefined (a scalar), `n`, `[n]` or `[rows, cols]`. */
export function shapeToDims(method: string, shape: Shape | undefined): readonly number[] {
  if (shape === undefined) return [];
  if (typeof shape === "number") return [shape];
  if (!isArray(shape) || shape.length < 1 || shape.length > 2) {
    const got = isArray(shape) ? `[${shape.join(", ")}]` : describeArgument(shape);
    throw new RangeError(`${method}: shape must be n, [n] or [rows, cols], got ${got}`);
  }
  return shape;
}
