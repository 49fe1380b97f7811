/**
 * The one recogniser of values: every kind of value the harness meets, and hostile ones (getters and
 * proxy traps that throw, huge and non-rectangular arrays, patched built-ins), never throwing.
 */
import { matrix } from "mathjs";
import { tf } from "../../src/course/week3/tfjs";
import { RandomState } from "../../src/random";
import { MAX_RANK, recogniseValue, typeName, type Recognised } from "../../src/values/recognise";

/** A `numbers` recognition with its data as a plain array, for readable expectations. */
function numbersOf(value: unknown): { shape: number[]; data: number[]; source: string; plainArray: boolean; dtype?: string } {
  const r = recogniseValue(value);
  if (r.kind !== "numbers") throw new Error(`expected numbers, got ${r.kind}`);
  const { kind: _kind, ...rest } = r;
  return { ...rest, data: Array.from(r.data) };
}

describe("numbers", () => {
  test("a number is a number, NaN too", () => {
    expect(recogniseValue(2.5)).toEqual({ kind: "number", value: 2.5 });
    expect(recogniseValue(NaN)).toEqual({ kind: "number", value: NaN });
  });

  test("number[], number[][] and deeper rectangular nestings, row-major", () => {
    expect(numbersOf([1, 2])).toEqual({ shape: [2], data: [1, 2], source: "number[]", plainArray: true });
    expect(
      numbersOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({ shape: [2, 2], data: [1, 2, 3, 4], source: "number[][]", plainArray: true });
    expect(numbersOf([[[1]], [[2]]])).toEqual({ shape: [2, 1, 1], data: [1, 2], source: "nested array", plainArray: true });
    expect(numbersOf([])).toEqual({ shape: [0], data: [], source: "number[]", plainArray: true });
    expect(numbersOf([[], []])).toEqual({ shape: [2, 0], data: [], source: "number[][]", plainArray: true });
  });

  test("typed arrays, by their class; a DataView and a BigInt64Array are not numbers", () => {
    expect(numbersOf(new Float32Array([0.5, 2]))).toEqual({ shape: [2], data: [0.5, 2], source: "Float32Array", plainArray: false });
    expect(numbersOf(new Int32Array([-1]))).toMatchObject({ shape: [1], source: "Int32Array" });
    expect(recogniseValue(new DataView(new ArrayBuffer(8)))).toEqual({ kind: "other", type: "a DataView" });
    expect(recogniseValue(new BigInt64Array(2))).toEqual({ kind: "other", type: "a BigInt64Array" });
  });

  test("a mathjs Matrix takes its shape from size()", () => {
    expect(numbersOf(matrix([[1], [2]]))).toEqual({ shape: [2, 1], data: [1, 2], source: "mathjs Matrix", plainArray: false });
  });

  test("{ shape, data } with exactly those keys; a shape the data does not fill is other", () => {
    expect(numbersOf({ shape: [1, 2], data: [3, 4] })).toEqual({ shape: [1, 2], data: [3, 4], source: "{ shape, data }", plainArray: false });
    expect(recogniseValue({ shape: [2, 2], data: [1] })).toEqual({
      kind: "other",
      type: "a { shape, data } whose shape (2, 2) needs 4 numbers but which holds 1",
    });
    expect(recogniseValue({ shape: [-1], data: [1] })).toEqual({ kind: "other", type: "a { shape, data } with an invalid shape [-1]" });
    expect(recogniseValue({ shape: [2], data: [1, 2], extra: 0 }).kind).toBe("object");
  });

  test("TensorFlow.js tensors and tensor-likes, with their dtype", () => {
    const t = tf.tensor([[1, 2]], undefined, "int32");
    expect(numbersOf(t)).toEqual({ shape: [1, 2], data: [1, 2], source: "tensor", plainArray: false, dtype: "int32" });
    t.dispose();
    expect(numbersOf({ shape: [2], dataSync: () => [5, 6] })).toEqual({ shape: [2], data: [5, 6], source: "tensor", plainArray: false });
  });
});

describe("everything else", () => {
  test.each<[string, unknown, Recognised]>([
    ["a string", "x", { kind: "string", value: "x" }],
    ["a boolean", false, { kind: "boolean", value: false }],
    ["null", null, { kind: "null" }],
    ["undefined", undefined, { kind: "undefined" }],
    ["a function", () => 1, { kind: "other", type: "a function" }],
    ["a symbol", Symbol("s"), { kind: "other", type: "a symbol" }],
    ["a bigint", BigInt(2), { kind: "other", type: "a bigint" }],
  ])("%s", (_name, value, expected) => {
    expect(recogniseValue(value)).toEqual(expected);
  });

  test("ragged arrays and lists keep their items; objects their keys", () => {
    const ragged = [[1, 2], [3]];
    expect(recogniseValue(ragged)).toEqual({ kind: "ragged", items: ragged });
    const mixed = [1, "a"];
    expect(recogniseValue(mixed)).toEqual({ kind: "list", items: mixed });
    expect(
      recogniseValue([
        [1, 2],
        [3, "a"],
      ]).kind,
    ).toBe("list");
    const record = { W1: [[1]], b1: 0 };
    expect(recogniseValue(record)).toEqual({ kind: "object", record, keys: ["W1", "b1"] });
  });

  test("a RandomState is its own kind", () => {
    expect(recogniseValue(new RandomState(1))).toEqual({ kind: "random-state" });
  });

  test("typeName: the JavaScript type as a noun", () => {
    expect([null, undefined, [1], new Float64Array(1), new RandomState(0), {}, Object.create(null), "s", () => 0].map(typeName)).toEqual([
      "null",
      "undefined",
      "array",
      "Float64Array",
      "RandomState",
      "Object",
      "object",
      "string",
      "function",
    ]);
  });
});

describe("hostile values", () => {
  test("getters and proxy traps that throw: other, never a throw", () => {
    const getter = Object.defineProperty([1, 2], 0, {
      get() {
        throw new Error("boom");
      },
    });
    expect(recogniseValue(getter)).toEqual({ kind: "other", type: "a value that could not be read" });
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("proto");
        },
        get() {
          throw new Error("get");
        },
        ownKeys() {
          throw new Error("keys");
        },
      },
    );
    expect(recogniseValue(trap)).toEqual({ kind: "other", type: "a value that could not be read" });
    const badTensor = {
      shape: [1],
      dataSync() {
        throw new Error("disposed");
      },
    };
    expect(recogniseValue(badTensor)).toEqual({ kind: "other", type: "a value that could not be read" });
  });

  test("a proxy of an array is read through its traps like an array", () => {
    const proxy = new Proxy([[1, 2]], {});
    expect(numbersOf(proxy)).toMatchObject({ shape: [1, 2], data: [1, 2] });
  });

  test("a large array of numbers, a huge sparse array and a cyclic one", () => {
    const large = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(numbersOf(large).shape).toEqual([1_000_000]);
    const sparse = new Array(10_000_000);
    expect(recogniseValue(sparse)).toEqual({ kind: "list", items: sparse });
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(recogniseValue(cyclic).kind).toBe("list");
  });

  test(`nestings deeper than ${MAX_RANK} levels are not read as numbers`, () => {
    let deep: unknown = [1];
    for (let i = 1; i < MAX_RANK; i++) deep = [deep];
    expect(recogniseValue(deep).kind).toBe("numbers");
    expect(recogniseValue([deep]).kind).toBe("list");
  });

  test("a non-rectangular array in the third dimension is ragged", () => {
    expect(recogniseValue([[[1, 2]], [[3]]]).kind).toBe("ragged");
  });

  test("patched built-ins (Array.isArray, Object.keys, ArrayBuffer.isView, Symbol.hasInstance) change nothing", () => {
    const values = [[[1, 2]], { a: 1 }, new Float64Array([1]), new RandomState(2), [1, "a"]];
    const before = values.map(recogniseValue);
    const saved = { isArray: Array.isArray, keys: Object.keys, isView: ArrayBuffer.isView };
    let after: Recognised[];
    try {
      Array.isArray = ((_: unknown): _ is any[] => false) as typeof Array.isArray;
      Object.keys = () => ["injected"];
      ArrayBuffer.isView = ((_: unknown) => false) as typeof ArrayBuffer.isView;
      Object.defineProperty(RandomState, Symbol.hasInstance, { value: () => false, configurable: true });
      after = values.map(recogniseValue);
    } finally {
      Array.isArray = saved.isArray;
      Object.keys = saved.keys;
      ArrayBuffer.isView = saved.isView;
      delete (RandomState as unknown as Record<symbol, unknown>)[Symbol.hasInstance];
    }
    expect(after).toEqual(before);
    expect(before.map((r) => r.kind)).toEqual(["numbers", "object", "numbers", "random-state", "list"]);
  });
});
