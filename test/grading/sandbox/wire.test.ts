/**
 * The wire between the sandbox and the grader: tensor data crosses as the base64 of its float64
 * bytes, every number bit for bit (NaN, ±Infinity and −0 included), encoded with built-ins captured
 * when the module loaded; the decoder refuses anything but the canonical base64 of exactly the numbers
 * a tensor's shape needs, within the reply's bounds.
 */
import type { Described } from "../../../src/grading/describe";
import { base64Length, decodeWireValue, encodeDescribed, MalformedValue, WIRE_LIMITS, type WireValue } from "../../../src/grading/sandbox/wire";

const tensor = (data: number[], shape = [data.length]): Described => ({ kind: "tensor", shape, data: new Float64Array(data), source: "number[]" });
const bytesOf = (data: Float64Array) => [...new Uint8Array(data.buffer, data.byteOffset, data.byteLength)];
/** Through JSON, as the frame travels. */
const roundTrip = (value: Described) => decodeWireValue(JSON.parse(JSON.stringify(encodeDescribed(value))) as WireValue);
const wireTensor = (shape: number[], data: unknown): WireValue => ({ kind: "tensor", shape, data, source: "number[]" }) as WireValue;
const malformed = (value: WireValue) => {
  try {
    decodeWireValue(value);
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedValue);
    return (error as Error).message;
  }
  throw new Error("expected a MalformedValue");
};

const SPECIAL = [0, -0, 1, -1.5, 0.1, Math.PI, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 2 ** -1074, 1e308, NaN, Infinity, -Infinity];

test("numbers cross bit for bit: ordinary ones, NaN, ±Infinity and −0", () => {
  const sent = tensor(SPECIAL, [2, 7]);
  const got = roundTrip(sent);
  if (got.kind !== "tensor" || sent.kind !== "tensor") throw new Error("expected a tensor");
  expect(got.shape).toEqual([2, 7]);
  expect(got.data).toBeInstanceOf(Float64Array);
  expect(bytesOf(got.data)).toEqual(bytesOf(sent.data));
  expect(Object.is(got.data[1], -0)).toBe(true);
  expect([...got.data]).toEqual(SPECIAL);
});

test("the data is the base64 of the numbers' float64 bytes, as long as the shape needs", () => {
  const encoded = encodeDescribed(tensor([1, -0]));
  expect(encoded).toEqual({ kind: "tensor", shape: [2], data: Buffer.from(new Float64Array([1, -0]).buffer).toString("base64"), source: "number[]" });
  for (let n = 0; n < 8; n++) {
    const wire = encodeDescribed(tensor(Array.from({ length: n }, (_, i) => i / 3)));
    if (wire.kind !== "tensor") throw new Error("expected a tensor");
    expect(wire.data).toHaveLength(base64Length(n * 8));
  }
});

test("a scalar, an empty tensor, a dtype and nested objects and lists round-trip", () => {
  const value: Described = {
    kind: "object",
    entries: {
      scalar: { kind: "tensor", shape: [], data: new Float64Array([-0]), source: "number" },
      empty: { kind: "tensor", shape: [0, 3], data: new Float64Array(0), source: "number[][]", dtype: "float32" },
      list: { kind: "list", items: [tensor([NaN, 2.5]), { kind: "string", value: "x" }, { kind: "boolean", value: true }] },
    },
  };
  const got = roundTrip(value);
  expect(got).toEqual(value);
  if (got.kind !== "object") throw new Error("expected an object");
  const scalar = got.entries.scalar;
  if (scalar.kind !== "tensor") throw new Error("expected a tensor");
  expect(Object.is(scalar.data[0], -0)).toBe(true);
});

test("encoding uses the built-ins of load time, whatever student code replaced since", () => {
  const sent = tensor(SPECIAL);
  const expected = encodeDescribed(sent);
  const saved = {
    from: Buffer.from,
    toString: Buffer.prototype.toString,
    base64Slice: (Buffer.prototype as unknown as { base64Slice: unknown }).base64Slice,
    apply: Reflect.apply,
    set: Float64Array.prototype.set,
  };
  let encoded: WireValue;
  try {
    const lie = () => "AAAAAAAAAAA=";
    Buffer.from = (() => Buffer.alloc(8)) as unknown as typeof Buffer.from;
    Buffer.prototype.toString = lie;
    (Buffer.prototype as unknown as { base64Slice: unknown }).base64Slice = lie;
    Reflect.apply = lie as unknown as typeof Reflect.apply;
    Float64Array.prototype.set = () => undefined;
    encoded = encodeDescribed(sent);
  } finally {
    Buffer.from = saved.from;
    Buffer.prototype.toString = saved.toString;
    (Buffer.prototype as unknown as { base64Slice: unknown }).base64Slice = saved.base64Slice;
    Reflect.apply = saved.apply;
    Float64Array.prototype.set = saved.set;
  }
  expect(encoded).toEqual(expected);
  const got = decodeWireValue(encoded);
  if (got.kind !== "tensor" || sent.kind !== "tensor") throw new Error("expected a tensor");
  expect(bytesOf(got.data)).toEqual(bytesOf(sent.data));
});

test("data that is not a string is malformed", () => {
  expect(malformed(wireTensor([2], [1, 2]))).toBe("a tensor of shape [2] whose data is not a base64 string");
  expect(malformed(wireTensor([], null))).toMatch(/not a base64 string/);
});

test("data shorter or longer than the shape needs is malformed, whatever it decodes to", () => {
  const two = Buffer.from(new Float64Array([1, 2]).buffer).toString("base64");
  expect(malformed(wireTensor([3], two))).toBe("a tensor of shape [3] (3 numbers, 32 base64 characters) whose data has 24 characters");
  expect(malformed(wireTensor([1], two))).toBe("a tensor of shape [1] (1 numbers, 12 base64 characters) whose data has 24 characters");
  expect(malformed(wireTensor([2], two + "===="))).toMatch(/whose data has 28 characters/);
  expect(malformed(wireTensor([2], two.replace(/=+$/, "")))).toMatch(/\(2 numbers, 24 base64 characters\) whose data has 22 characters/);
});

test.each([
  ["a character outside base64", (good: string) => good.slice(0, 5) + "*" + good.slice(6)],
  ["white space", (good: string) => good.slice(0, 5) + " " + good.slice(6)],
  ["the URL-safe alphabet", () => "_________z8="],
  ["non-zero bits under the padding", (good: string) => good.slice(0, 10) + "9="],
  ["padding where data should be", (good: string) => good.slice(0, 4) + "====" + good.slice(8)],
  ["padding missing, a character in its place", (good: string) => good.slice(0, 11) + "A"],
])("data of the right length with %s is malformed", (_what, spoil) => {
  const good = Buffer.from(new Float64Array([1.5]).buffer).toString("base64");
  const bad = spoil(good);
  expect(bad).toHaveLength(good.length);
  expect(bad).not.toBe(good);
  expect(malformed(wireTensor([1], bad))).toBe("a tensor of shape [1] whose data is not the canonical base64 of 1 float64 numbers");
});

test("the dimension, number and depth bounds still hold", () => {
  expect(malformed(wireTensor([-1], ""))).toBe("a tensor with an invalid dimension -1");
  expect(malformed(wireTensor([2 ** 31], ""))).toBe(`a tensor with an invalid dimension ${2 ** 31}`);
  expect(malformed(wireTensor([1.5], ""))).toBe("a tensor with an invalid dimension 1.5");
  // A shape far beyond the bound is refused on the data's length, before anything is allocated.
  expect(malformed(wireTensor([2 ** 30, 2 ** 30], ""))).toMatch(/whose data has 0 characters/);

  const zeros = (n: number) => wireTensor([n], Buffer.alloc(n * 8).toString("base64"));
  const budget = { numbers: 10 };
  decodeWireValue(zeros(6), budget);
  expect(budget.numbers).toBe(4);
  expect(() => decodeWireValue(zeros(5), budget)).toThrow(`more than ${WIRE_LIMITS.numbers} numbers in one reply`);
  expect(malformed({ kind: "list", items: [zeros(WIRE_LIMITS.numbers / 2), zeros(WIRE_LIMITS.numbers / 2 + 1)] })).toBe(
    `more than ${WIRE_LIMITS.numbers} numbers in one reply`,
  );

  let deep: WireValue = zeros(1);
  for (let i = 0; i <= WIRE_LIMITS.depth; i++) deep = { kind: "list", items: [deep] };
  expect(malformed(deep)).toBe(`a value nested more than ${WIRE_LIMITS.depth} levels deep`);
});
