import * as np from "../../src/np";
import type { Matrix } from "../../src/np";
import { randomMatrix, rngFor } from "./helpers";

test("the namespace exports the numpy names the numeric core promises, and more", () => {
  const names = [
    "dot",
    "add",
    "subtract",
    "multiply",
    "divide",
    "maximum",
    "exp",
    "log",
    "sqrt",
    "square",
    "sum",
    "mean",
    "zeros",
    "zerosLike",
    "ones",
    "transpose",
    "shape",
    "sliceColumns",
    "minimum",
    "greater",
    "less",
    "abs",
    "negative",
    "map",
    "nansum",
    "full",
    "clone",
    "takeColumns",
    "fromColumns",
    "dotNT",
    "dotTN",
    "equal",
  ];
  for (const name of names) expect(typeof (np as Record<string, unknown>)[name]).toBe("function");
});

test("no function mutates its inputs, and no result shares a row with an input", () => {
  const rng = rngFor("immutability");
  const a = randomMatrix(rng, 3, 4, (g) => g() + 0.5);
  const b = randomMatrix(rng, 3, 4);
  const col = randomMatrix(rng, 3, 1);
  const square = randomMatrix(rng, 4, 3);
  const inputs = [a, b, col, square];
  const before = JSON.stringify(inputs);
  const results: unknown[] = [
    np.clone(a),
    np.transpose(a),
    np.zerosLike(a),
    np.sliceColumns(a, 0),
    np.takeColumns(a, [0, 1, 2, 3]),
    np.fromColumns(a),
    np.map(a, (v) => v),
    np.add(a, 0),
    np.add(a, col),
    np.subtract(a, b),
    np.multiply(a, 1),
    np.divide(a, 1),
    np.maximum(a, b),
    np.minimum(a, b),
    np.greater(a, b),
    np.less(a, b),
    np.equal(a, b),
    np.exp(a),
    np.log(a),
    np.sqrt(a),
    np.square(a),
    np.abs(a),
    np.negative(a),
    np.dot(a, square),
    np.dotNT(a, b),
    np.dotTN(a, b),
    np.sum(a, { axis: 0, keepdims: true }),
    np.sum(a, { axis: 1, keepdims: true }),
    np.mean(a, { axis: 1 }),
    np.nansum(a),
  ];
  expect(JSON.stringify(inputs)).toBe(before);
  const inputRows = new Set<unknown>(inputs.flat());
  for (const result of results) {
    if (Array.isArray(result)) for (const row of result as Matrix) expect(inputRows.has(row)).toBe(false);
  }
});
