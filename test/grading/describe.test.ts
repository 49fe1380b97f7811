import { matrix, sparse } from "mathjs";
import { describeValue, kindName, type Described } from "../../src/grading/describe";
import { formatShape } from "../../src/np/check";
import { RandomState } from "../../src/random";

/** A tensor description with its data as a plain array, for readable expectations. */
function tensorOf(value: unknown): { shape: number[]; data: number[]; source: string; dtype?: string } {
  const d = describeValue(value);
  if (d.kind !== "tensor") throw new Error(`expected a tensor, got ${JSON.stringify(d)}`);
  expect(d.data).toBeInstanceOf(Float64Array);
  const { kind: _kind, ...rest } = d;
  return { ...rest, data: Array.from(d.data) };
}

describe("describe: numeric values become tensors", () => {
  test("a number is a 0-D tensor", () => {
    expect(tensorOf(2.5)).toEqual({ shape: [], data: [2.5], source: "number" });
    expect(tensorOf(NaN).data[0]).toBeNaN();
    expect(tensorOf(-Infinity).data).toEqual([-Infinity]);
  });

  test("number[] is 1-D", () => {
    expect(tensorOf([1, 2, 3])).toEqual({ shape: [3], data: [1, 2, 3], source: "number[]" });
  });

  test("number[][] is 2-D, row-major", () => {
    expect(
      tensorOf([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual({ shape: [2, 3], data: [1, 2, 3, 4, 5, 6], source: "number[][]" });
  });

  test("a column vector is (n, 1)", () => {
    expect(tensorOf([[1], [2]])).toEqual({ shape: [2, 1], data: [1, 2], source: "number[][]" });
  });

  test("a 3-D nested array", () => {
    expect(tensorOf([[[1, 2]], [[3, 4]], [[5, 6]]])).toEqual({ shape: [3, 1, 2], data: [1, 2, 3, 4, 5, 6], source: "nested array" });
  });

  test("empty arrays", () => {
    expect(tensorOf([])).toEqual({ shape: [0], data: [], source: "number[]" });
    expect(tensorOf([[], []])).toEqual({ shape: [2, 0], data: [], source: "number[][]" });
  });

  test("NaN and infinities inside arrays are kept", () => {
    const t = tensorOf([NaN, Infinity, -Infinity]);
    expect(t.data[0]).toBeNaN();
    expect(t.data.slice(1)).toEqual([Infinity, -Infinity]);
  });

  test.each([
    ["Float64Array", new Float64Array([0.1, 0.2])],
    ["Float32Array", new Float32Array([0.5, 0.25])],
    ["Int32Array", new Int32Array([1, -2])],
  ])("a %s is 1-D", (name, typed) => {
    expect(tensorOf(typed)).toEqual({ shape: [2], data: Array.from(typed as ArrayLike<number>), source: name });
  });

  test("a Float32Array keeps its float32 values exactly", () => {
    expect(tensorOf(new Float32Array([0.1])).data[0]).toBe(Math.fround(0.1));
  });

  test("the data is a copy: changing the value afterwards changes nothing", () => {
    const a = [
      [1, 2],
      [3, 4],
    ];
    const typed = new Float64Array([1, 2]);
    const fromArray = describeValue(a);
    const fromTyped = describeValue(typed);
    a[0][0] = 99;
    typed[0] = 99;
    expect(fromArray.kind === "tensor" && fromArray.data[0]).toBe(1);
    expect(fromTyped.kind === "tensor" && fromTyped.data[0]).toBe(1);
  });

  test("a mathjs matrix([[1, 2], [3, 4]]): shape and data", () => {
    expect(
      tensorOf(
        matrix([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual({ shape: [2, 2], data: [1, 2, 3, 4], source: "mathjs Matrix" });
  });

  test("a mathjs column vector and a 1-D mathjs matrix", () => {
    expect(tensorOf(matrix([[1], [2], [3]]))).toEqual({ shape: [3, 1], data: [1, 2, 3], source: "mathjs Matrix" });
    expect(tensorOf(matrix([1, 2]))).toEqual({ shape: [2], data: [1, 2], source: "mathjs Matrix" });
  });

  test("a mathjs sparse matrix", () => {
    expect(
      tensorOf(
        sparse([
          [0, 2],
          [3, 0],
        ]),
      ),
    ).toEqual({ shape: [2, 2], data: [0, 2, 3, 0], source: "mathjs Matrix" });
  });

  test("{ shape, data } takes its shape from `shape`", () => {
    expect(tensorOf({ shape: [2, 2], data: [1, 2, 3, 4] })).toEqual({ shape: [2, 2], data: [1, 2, 3, 4], source: "{ shape, data }" });
    expect(tensorOf({ shape: [1, 2], data: new Float32Array([1, 2]) })).toEqual({ shape: [1, 2], data: [1, 2], source: "{ shape, data }" });
  });

  test("a tensor-like value with shape and dataSync() (TensorFlow.js)", () => {
    expect(tensorOf({ shape: [2], dataSync: () => [1, 2], dtype: "float32" })).toEqual({ shape: [2], data: [1, 2], source: "tensor", dtype: "float32" });
    expect(tensorOf({ shape: [1, 2], dataSync: () => new Float32Array([3, 4]) })).toEqual({ shape: [1, 2], data: [3, 4], source: "tensor" });
  });

  test("a tensor-like value's shape is copied", () => {
    const shape = [2];
    const t = tensorOf({ shape, dataSync: () => [1, 2] });
    shape[0] = 5;
    expect(t.shape).toEqual([2]);
  });

  test("{ shape, data } whose data does not fill the shape is not a tensor", () => {
    expect(describeValue({ shape: [2, 2], data: [] }).kind).not.toBe("tensor");
  });

  test("a tensor-like value whose dataSync() does not fill the shape is not a tensor", () => {
    expect(describeValue({ shape: [2, 3], dataSync: () => [1] }).kind).not.toBe("tensor");
  });
});

describe("describe: everything else", () => {
  test("a ragged array", () => {
    expect(describeValue([[1, 2], [3]])).toEqual({ kind: "other", type: "a ragged array (rows of different lengths)" });
    expect(describeValue([[[1, 2]], [[3]]])).toEqual({ kind: "other", type: "a ragged array (rows of different lengths)" });
  });

  test("a mixed array is a list of described items", () => {
    expect(describeValue([1, "a", true])).toEqual({
      kind: "list",
      items: [
        { kind: "tensor", shape: [], data: new Float64Array([1]), source: "number" },
        { kind: "string", value: "a" },
        { kind: "boolean", value: true },
      ],
    });
    const rows = describeValue([[1, 2], 3]);
    expect(rows.kind).toBe("list");
    expect(rows.kind === "list" && rows.items.map(kindName)).toEqual(["a 1-D array of length 2", "a number"]);
  });

  test("a list of objects", () => {
    const d = describeValue([{ a: 1 }, { a: 2 }]);
    expect(d.kind === "list" && d.items.map(kindName)).toEqual(["an object with keys a", "an object with keys a"]);
  });

  test("a named object: entries described one by one, keys in order", () => {
    const d = describeValue({ W1: [[1, 2]], b1: [[0]], note: "x" });
    expect(d.kind).toBe("object");
    if (d.kind !== "object") return;
    expect(Object.keys(d.entries)).toEqual(["W1", "b1", "note"]);
    expect(kindName(d.entries.W1)).toBe("a 2-D matrix (1, 2)");
    expect(d.entries.note).toEqual({ kind: "string", value: "x" });
  });

  test("an object with shape and data plus other keys is a named object", () => {
    expect(describeValue({ shape: [2], data: [1, 2], dtype: "x" }).kind).toBe("object");
  });

  test("an object with shape and non-numeric data is a named object", () => {
    expect(describeValue({ shape: [2], data: ["a", "b"] }).kind).toBe("object");
  });

  test("strings, truncated after 200 characters", () => {
    expect(describeValue("abc")).toEqual({ kind: "string", value: "abc" });
    const long = describeValue("x".repeat(500));
    expect(long).toEqual({ kind: "string", value: `${"x".repeat(200)}…` });
  });

  test("booleans", () => {
    expect(describeValue(false)).toEqual({ kind: "boolean", value: false });
  });

  test.each([
    [undefined, "undefined"],
    [null, "null"],
    [() => 1, "a function"],
    [class Foo {}, "a function"],
    [Symbol("s"), "a symbol"],
    [BigInt(3), "a bigint"],
  ])("%p is other: %s", (value, type) => {
    expect(describeValue(value)).toEqual({ kind: "other", type });
  });

  test("a RandomState is other, whatever its fields", () => {
    expect(describeValue(new RandomState(3))).toEqual({ kind: "other", type: "a RandomState" });
  });

  test("a getter that throws: a value that could not be read", () => {
    const value = {
      W1: [[1]],
      get b1(): number[][] {
        throw new Error("boom");
      },
    };
    expect(describeValue(value)).toEqual({ kind: "other", type: "a value that could not be read" });
  });

  test("a Proxy that throws on every trap: a value that could not be read", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("get");
        },
        ownKeys() {
          throw new Error("ownKeys");
        },
        getPrototypeOf() {
          throw new Error("proto");
        },
      },
    );
    expect(describeValue(hostile)).toEqual({ kind: "other", type: "a value that could not be read" });
  });

  test("dataSync() that throws: a value that could not be read", () => {
    const t = {
      shape: [1],
      dataSync() {
        throw new Error("disposed");
      },
    };
    expect(describeValue(t)).toEqual({ kind: "other", type: "a value that could not be read" });
  });

  test("a cyclic object never hangs or throws", () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    let d: Described = describeValue(a);
    for (let i = 0; i < 21 && d.kind === "object"; i++) d = d.entries.self;
    expect(d).toEqual({ kind: "other", type: "a value nested too deeply" });
    const list: unknown[] = [];
    list.push(list);
    expect(() => describeValue(list)).not.toThrow();
  });

  test("patching Array.isArray after import does not change results", () => {
    const value = {
      W1: [
        [1, 2],
        [3, 4],
      ],
      list: [1, "a"],
      wrapped: { shape: [2], data: [5, 6] },
    };
    const before = describeValue(value);
    const original = Array.isArray;
    const after: Described[] = [];
    try {
      // Compare after restoring: jest's own expect uses Array.isArray.
      Array.isArray = ((_: unknown): _ is any[] => false) as typeof Array.isArray;
      after.push(describeValue(value));
      Array.isArray = ((_: unknown): _ is any[] => true) as typeof Array.isArray;
      after.push(describeValue(value));
    } finally {
      Array.isArray = original;
    }
    expect(after).toEqual([before, before]);
    expect(before.kind === "object" && kindName(before.entries.W1)).toBe("a 2-D matrix (2, 2)");
  });

  test("patching Object.keys and ArrayBuffer.isView after import does not change results", () => {
    const value = { a: new Float64Array([1, 2]), b: { c: 3 } };
    const before = describeValue(value);
    const keys = Object.keys;
    const isView = ArrayBuffer.isView;
    let after: Described;
    try {
      // jest's own expect uses Object.keys: describe first, compare after restoring.
      Object.keys = () => [];
      ArrayBuffer.isView = ((_: unknown) => false) as typeof ArrayBuffer.isView;
      after = describeValue(value);
    } finally {
      Object.keys = keys;
      ArrayBuffer.isView = isView;
    }
    expect(after).toEqual(before);
  });
});

describe("kindName", () => {
  test.each<[string, unknown, string]>([
    ["number", 3, "a number"],
    ["1-D", [1, 2, 3], "a 1-D array of length 3"],
    ["empty 1-D", [], "a 1-D array of length 0"],
    ["2-D", [[1, 2]], "a 2-D matrix (1, 2)"],
    ["3-D", [[[1]], [[2]]], "a 3-D matrix (2, 1, 1)"],
    ["object", { W1: 1, b1: 2 }, "an object with keys W1, b1"],
    ["empty object", {}, "an empty object"],
    ["list", [1, "a"], "a list of 2 items"],
    ["string", 'say "hi"', 'a string ("say \\"hi\\"")'],
    ["boolean", true, "a boolean (true)"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["ragged", [[1], [1, 2]], "a ragged array (rows of different lengths)"],
  ])("%s", (_name, value, text) => {
    expect(kindName(describeValue(value))).toBe(text);
  });
});

describe("formatShape (numpy's spelling, used by every message about a shape)", () => {
  test.each<[number[], string]>([
    [[4, 2], "(4, 2)"],
    [[3], "(3,)"],
    [[], "()"],
    [[2, 3, 4], "(2, 3, 4)"],
    [[0], "(0,)"],
  ])("%p is %s", (shape, text) => {
    expect(formatShape(shape)).toBe(text);
  });
});
