import type { Tolerance } from "../../src/fixtures/types";
import { compareValues, formatPair, indexText, sci, type Mismatch } from "../../src/grading/compare";
import { describeValue } from "../../src/grading/describe";

const TIGHT: Tolerance = { atol: 1e-8, rtol: 1e-5 };
const EXACT: Tolerance = { atol: 0, rtol: 0 };

/** Compares raw values the way the grader does: both normalised by describe first. */
function compare(expected: unknown, received: unknown, tol: Tolerance = TIGHT): Mismatch | undefined {
  return compareValues(describeValue(expected), describeValue(received), tol);
}

/** The next double above x (x > 0). */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

const W1 = [
  [1, 2, 3],
  [4, 5, 6],
];

describe("equal values", () => {
  test.each<[string, unknown]>([
    ["a number", 1.5],
    ["a 1-D array", [1, 2, 3]],
    ["a matrix", W1],
    ["a named object", { W1, b1: [[0], [0]] }],
    ["a list", [W1, { a: 1 }]],
    ["a string", "relu"],
    ["a boolean", true],
    ["null", null],
  ])("%s matches itself", (_name, value) => {
    expect(compare(value, value, EXACT)).toBeUndefined();
  });

  test("a received value may be any accepted form of the same numbers", () => {
    expect(compare([1, 2], new Float64Array([1, 2]))).toBeUndefined();
    expect(compare(W1, { shape: [2, 3], data: [1, 2, 3, 4, 5, 6] })).toBeUndefined();
    expect(compare(W1, { shape: [2, 3], dataSync: () => new Float32Array([1, 2, 3, 4, 5, 6]) })).toBeUndefined();
  });

  test("a { shape, data } value with too few numbers is not a match", () => {
    expect(
      compare(
        [
          [0, 0],
          [0, 0],
        ],
        { shape: [2, 2], data: [] },
        EXACT,
      ),
    ).toBeDefined();
  });

  test("a tensor-like value whose dataSync() returns too few numbers is not a match", () => {
    expect(compare(W1, { shape: [2, 3], dataSync: () => [1, 2] }, EXACT)).toBeDefined();
  });

  test("extra keys in a received object are ignored", () => {
    expect(compare({ W1 }, { W1, extra: 1 })).toBeUndefined();
  });
});

describe("stage: type", () => {
  test("a string where a matrix was expected", () => {
    expect(compare({ W1 }, { W1: "oops" })).toEqual({
      stage: "type",
      path: "W1",
      summary: 'expected a 2-D matrix (2, 3) for W1, got a string ("oops")',
      details: [],
    });
  });

  test("undefined at the top level", () => {
    expect(compare(W1, undefined)).toEqual({
      stage: "type",
      path: "",
      summary: "expected a 2-D matrix (2, 3) for the returned value, got undefined",
      details: [],
    });
  });

  test("a number where an object was expected", () => {
    expect(compare({ W1 }, 3)?.summary).toBe("expected an object with keys W1 for the returned value, got a number");
  });

  test("an object where a list was expected", () => {
    expect(compare([W1, "x"], { W1 })?.summary).toBe("expected a list of 2 items for the returned value, got an object with keys W1");
  });

  test("a scalar expected, several numbers received", () => {
    expect(compare(0.5, [0.5, 0.5])).toEqual({
      stage: "type",
      path: "",
      summary: "expected a number for the returned value, got a 1-D array of length 2",
      details: [],
    });
  });

  test("strings and booleans compare by value", () => {
    expect(compare("relu", "sigmoid")?.summary).toBe('expected a string ("relu") for the returned value, got a string ("sigmoid")');
    expect(compare(true, false)?.summary).toBe("expected a boolean (true) for the returned value, got a boolean (false)");
    expect(compare(null, 0)?.summary).toBe("expected null for the returned value, got a number");
  });

  test("a ragged array", () => {
    expect(compare(W1, [[1, 2, 3], [4]])?.summary).toBe("expected a 2-D matrix (2, 3) for the returned value, got a ragged array (rows of different lengths)");
  });
});

describe("stage: keys", () => {
  test("missing keys are listed with what was expected and received", () => {
    expect(compare({ W1: 1, b1: 2, W2: 3, b2: 4 }, { W1: 1, W2: 3 })).toEqual({
      stage: "keys",
      path: "",
      summary: "the returned value is missing b1, b2",
      details: ["expected keys W1, b1, W2, b2; received W1, W2"],
    });
  });

  test("an empty object received, nested path", () => {
    expect(compare({ v: { dW1: 1 } }, { v: {} })).toEqual({
      stage: "keys",
      path: "v",
      summary: "v is missing dW1",
      details: ["expected keys dW1; received none"],
    });
  });
});

describe("stage: length", () => {
  test("a list of the wrong length", () => {
    expect(compare([{ a: 1 }, { a: 2 }, { a: 3 }], [{ a: 1 }, { a: 2 }])).toEqual({
      stage: "length",
      path: "",
      summary: "the returned value has 2 items; expected 3",
      details: [],
    });
  });

  test("inside a list, paths use [i]", () => {
    expect(compare([{ X: [1, 2] }, { X: [3, 4] }], [{ X: [1, 2] }, { X: [3, 5] }], EXACT)?.path).toBe("[1].X");
  });
});

describe("stage: shape", () => {
  test("the transpose, with a hint", () => {
    expect(
      compare(
        { W1 },
        {
          W1: [
            [1, 4],
            [2, 5],
            [3, 6],
          ],
        },
      ),
    ).toEqual({
      stage: "shape",
      path: "W1",
      summary: "W1 has shape (3, 2); expected (2, 3)",
      details: ["that is the transpose of the expected shape (rows and columns swapped)"],
    });
  });

  test("a flat array where a column vector was expected", () => {
    expect(compare({ b1: [[0], [0], [0]] }, { b1: [0, 0, 0] })).toEqual({
      stage: "shape",
      path: "b1",
      summary: "b1 has shape (3,); expected (3, 1)",
      details: ["a column vector has shape (3, 1): return 3 rows of one number each, not a flat array"],
    });
  });

  test("a flat array where a row vector was expected", () => {
    expect(compare([[1, 2, 3]], [1, 2, 3])).toEqual({
      stage: "shape",
      path: "",
      summary: "the returned value has shape (3,); expected (1, 3)",
      details: ["a row vector has shape (1, 3): return [[…]] with one row, not a flat array"],
    });
  });

  test("a row where a column was expected is the transpose", () => {
    expect(compare([[1], [2]], [[1, 2]])?.details).toEqual(["that is the transpose of the expected shape (rows and columns swapped)"]);
  });

  test("other shape differences have no hint", () => {
    expect(compare(W1, [[1, 2, 3]])).toEqual({ stage: "shape", path: "", summary: "the returned value has shape (1, 3); expected (2, 3)", details: [] });
    expect(compare([1, 2, 3], [[1, 2, 3]])?.summary).toBe("the returned value has shape (1, 3); expected (3,)");
    expect(compare([[[1]]], [[1]])?.summary).toBe("the returned value has shape (1, 1); expected (1, 1, 1)");
  });

  test("a flat array (or typed array) of the right count is not a matrix", () => {
    expect(compare(W1, [1, 2, 3, 4, 5, 6])?.stage).toBe("shape");
    expect(compare(W1, new Float64Array([1, 2, 3, 4, 5, 6]))?.summary).toBe("the returned value has shape (6,); expected (2, 3)");
  });
});

describe("scalar vs 1-element values", () => {
  test("a number is accepted as a 1-element array or (1, 1) matrix", () => {
    expect(compare(0.5, [0.5])).toBeUndefined();
    expect(compare(0.5, [[0.5]])).toBeUndefined();
    expect(compare(0.5, new Float32Array([0.5]))).toBeUndefined();
  });

  test("and its value is still checked", () => {
    expect(compare(0.5, [[0.6]])).toEqual({
      stage: "values",
      path: "",
      summary: "values differ in the returned value",
      details: ["1 of 1 differ · max |Δ| 1.0e-1 · max rel 2.0e-1 · tolerance atol 1.0e-8 rtol 1.0e-5", "expected 0.5, received 0.6"],
      diff: expect.objectContaining({ shape: [], received: [[0.6]], expected: [[0.5]], differs: [[true]] }),
    });
  });

  test("a (1, 1) matrix expected, a number received, is a shape mismatch", () => {
    expect(compare([[0.5]], 0.5)).toEqual({ stage: "shape", path: "", summary: "the returned value has shape (); expected (1, 1)", details: [] });
  });
});

describe("stage: finite", () => {
  test("NaN received where numbers were expected, with its index and count", () => {
    expect(
      compare(
        { W1 },
        {
          W1: [
            [1, NaN, 3],
            [4, 5, Infinity],
          ],
        },
      ),
    ).toEqual({
      stage: "finite",
      path: "W1",
      summary: "W1 contains NaN at [0, 1]",
      details: ["2 of 6 entries are not finite where finite numbers were expected"],
      diff: expect.objectContaining({
        worst: [0, 1],
        differing: 2,
        received: [
          [1, "NaN", 3],
          [4, 5, "Infinity"],
        ],
      }),
    });
  });

  test("a scalar Infinity", () => {
    expect(compare(1, Infinity)).toEqual({
      stage: "finite",
      path: "",
      summary: "the returned value contains Infinity",
      details: ["1 of 1 entries are not finite where finite numbers were expected"],
      diff: expect.objectContaining({ received: [["Infinity"]], expected: [[1]] }),
    });
  });

  test("comes before the value check even when other entries differ", () => {
    expect(compare([1, 2, 3], [9, 9, -Infinity])?.summary).toBe("the returned value contains -Infinity at [2]");
  });
});

describe("NaN and infinities", () => {
  test("NaN equals NaN at the same index", () => {
    expect(compare([1, NaN], [1, NaN], EXACT)).toBeUndefined();
    expect(compare(NaN, NaN, EXACT)).toBeUndefined();
  });

  test("NaN expected: a number is not a match, whatever the tolerance", () => {
    const m = compare([1, NaN], [1, 0], { atol: 1e300, rtol: 1e300 });
    expect(m?.stage).toBe("values");
    expect(m?.details[1]).toBe("first at [1]: expected NaN, received 0");
  });

  test("NaN expected: Infinity is not a match", () => {
    expect(compare([NaN], [Infinity])?.stage).toBe("values");
  });

  test("Infinity expected: only the same infinity matches", () => {
    expect(compare([Infinity, -Infinity], [Infinity, -Infinity], EXACT)).toBeUndefined();
    expect(compare([Infinity], [-Infinity])?.details[1]).toBe("first at [0]: expected Infinity, received -Infinity");
    expect(compare([Infinity], [NaN])?.stage).toBe("values");
    expect(compare([Infinity], [1e308], { atol: Infinity, rtol: 0 })?.stage).toBe("values");
  });

  test("received NaN where NaN was not expected is never within tolerance", () => {
    expect(compare([NaN], [1], { atol: Infinity, rtol: Infinity })?.stage).toBe("values");
  });
});

describe("stage: values and the tolerance |a − e| ≤ atol + rtol·|e|", () => {
  test("the message: count, max errors, tolerance and first index", () => {
    expect(
      compare(
        { W1 },
        {
          W1: [
            [1, 2.5, 3],
            [4, 5, 6.1],
          ],
        },
      ),
    ).toEqual({
      stage: "values",
      path: "W1",
      summary: "values differ in W1",
      details: [
        "shape (2, 3) ok · 2 of 6 differ · max |Δ| 5.0e-1 · max rel 2.5e-1 · tolerance atol 1.0e-8 rtol 1.0e-5",
        "first at [0, 1]: expected 2, received 2.5",
      ],
      diff: expect.objectContaining({ path: "W1", worst: [0, 1], differing: 2, total: 6 }),
    });
  });

  test("all-zero expected values get a hint", () => {
    expect(compare({ b1: [[0], [0]] }, { b1: [[0], [0.1]] })?.details).toEqual([
      "shape (2, 1) ok · 1 of 2 differ · max |Δ| 1.0e-1 · max rel – · tolerance atol 1.0e-8 rtol 1.0e-5",
      "first at [1, 0]: expected 0, received 0.1",
      "b1 should be all zeros",
    ]);
  });

  test("exactly at atol passes, the next double above fails", () => {
    const tol = { atol: 0.5, rtol: 0 };
    expect(compare(1, 1.5, tol)).toBeUndefined();
    expect(compare(1, 0.5, tol)).toBeUndefined();
    expect(compare(1, nextUp(1.5), tol)?.stage).toBe("values");
  });

  test("exactly at rtol·|e| passes, the next double above fails", () => {
    const tol = { atol: 0, rtol: 0.25 };
    expect(compare(-2, -2.5, tol)).toBeUndefined();
    expect(compare(2, 2.5, tol)).toBeUndefined();
    expect(compare(2, nextUp(2.5), tol)?.stage).toBe("values");
  });

  test("atol and rtol add up", () => {
    const tol = { atol: 0.25, rtol: 0.125 }; // at e = 2: 0.25 + 0.25 = 0.5
    expect(compare([2, 2], [2.5, 1.5], tol)).toBeUndefined();
    expect(compare([2], [nextUp(2.5)], tol)?.stage).toBe("values");
    expect(compare([2], [2.5], { atol: 0.25, rtol: 0 })?.stage).toBe("values");
    expect(compare([2], [2.5], { atol: 0, rtol: 0.125 })?.stage).toBe("values");
  });

  test("rtol scales with the expected value, not the received one (numpy's rule)", () => {
    const tol = { atol: 0, rtol: 0.5 };
    expect(compare(2, 1, tol)).toBeUndefined(); // |1 − 2| ≤ 0.5·2
    expect(compare(1, 2, tol)?.stage).toBe("values"); // |2 − 1| > 0.5·1, though ≤ 0.5·2
  });

  test("relative-only tolerance: zero expected needs exactly zero", () => {
    expect(compare([0], [1e-300], { atol: 0, rtol: 1e-5 })?.stage).toBe("values");
    expect(compare([0], [0], { atol: 0, rtol: 1e-5 })).toBeUndefined();
    expect(compare([0], [-0], EXACT)).toBeUndefined();
  });

  test("exact tolerance: one ulp differs, and the message shows the difference", () => {
    const m = compare([0.1 + 0.2], [0.3], EXACT);
    expect(m?.details[1]).toBe("first at [0]: expected 0.30000000000000004, received 0.3");
  });

  test("a 3-D index", () => {
    const e = [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ];
    const r = JSON.parse(JSON.stringify(e));
    r[1][0][1] = 60;
    expect(compare(e, r)?.details[1]).toBe("first at [1, 0, 1]: expected 6, received 60");
  });
});

describe("several keys wrong", () => {
  test("the first is reported in full, the rest listed after 'also wrong:'", () => {
    const expected = { W1, b1: [[0], [0]], W2: [[1, 1]], b2: [[0]] };
    const received = {
      W1: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
      b1: [[0], [0]],
      W2: [[1, 2]],
      b2: "zero",
    };
    expect(compare(expected, received)).toEqual({
      stage: "shape",
      path: "W1",
      summary: "W1 has shape (3, 2); expected (2, 3)",
      details: ["that is the transpose of the expected shape (rows and columns swapped)", "also wrong: W2, b2"],
    });
  });

  test("nested objects give dotted paths", () => {
    const expected = { parameters: { W1: [[1]] }, v: { dW1: [[0]], db1: [[0]] } };
    const received = { parameters: { W1: [[1]] }, v: { dW1: [[1]], db1: [[1]] } };
    const m = compare(expected, received);
    expect(m?.path).toBe("v.dW1");
    expect(m?.summary).toBe("values differ in v.dW1");
    expect(m?.details[m.details.length - 1]).toBe("also wrong: v.db1");
  });

  test("one wrong key: no 'also wrong' line", () => {
    const m = compare({ W1, b1: [[0], [0]] }, { W1, b1: [[0], [1]] });
    expect(m?.details.some((d) => d.startsWith("also wrong"))).toBe(false);
  });
});

describe("formatPair", () => {
  test.each<[number, number, [string, string]]>([
    [0.48, 0.4988, ["0.48", "0.4988"]],
    [1, 1.0001, ["1", "1.0001"]],
    [1, 1.0000001, ["1", "1.0000001"]],
    [123456789, 123456790, ["123456789", "123456790"]],
    [1e-10, 1.0000001e-10, ["1e-10", "1.0000001e-10"]],
    [2.5e21, 2.6e21, ["2.5e+21", "2.6e+21"]],
    [0.1 + 0.2, 0.3, ["0.30000000000000004", "0.3"]],
    [1, 1, ["1", "1"]],
    [-0.5, 0.5, ["-0.5", "0.5"]],
    [NaN, 1, ["NaN", "1"]],
    [Infinity, -Infinity, ["Infinity", "-Infinity"]],
  ])("formatPair(%p, %p) is %p", (a, b, expected) => {
    expect(formatPair(a, b)).toEqual(expected);
  });

  test("always shows a difference between distinct finite doubles", () => {
    const values = [1, 0.1, 1 / 3, 123.456, 1e-300, 5e-324, 1.7976931348623157e308, 2 ** 52];
    for (const x of values) {
      const [a, b] = formatPair(x, nextUp(x));
      expect(a).not.toBe(b);
      expect(Number(a)).toBe(x);
    }
  });

  test("uses at least 6 significant digits, no more than needed", () => {
    expect(formatPair(Math.PI, 3)).toEqual(["3.14159", "3"]);
    expect(formatPair(Math.PI, 3.1415926)).toEqual(["3.1415927", "3.1415926"]);
  });
});

describe("indexText and sci", () => {
  test.each<[number[], number, string]>([
    [[2, 3], 0, "[0, 0]"],
    [[2, 3], 4, "[1, 1]"],
    [[2, 3], 5, "[1, 2]"],
    [[4], 2, "[2]"],
    [[3, 1], 2, "[2, 0]"],
    [[2, 3, 4], 23, "[1, 2, 3]"],
    [[2, 3, 4], 13, "[1, 0, 1]"],
    [[], 0, "[]"],
  ])("indexText(%p, %p) is %s", (shape, k, text) => {
    expect(indexText(shape, k)).toBe(text);
  });

  test("sci", () => {
    expect(sci(0)).toBe("0");
    expect(sci(0.031)).toBe("3.1e-2");
    expect(sci(12345)).toBe("1.2e+4");
  });
});
