/**
 * The grader's check of the sandbox's reply frames: anything but a well-formed reply of bounded size,
 * whose tensors' data is the canonical base64 of exactly the float64 numbers their shapes need, is
 * malformed, never a crash.
 */
import { checkReply } from "../../../src/grading/sandbox/reply-schema";
import { WIRE_LIMITS } from "../../../src/grading/sandbox/wire";

const result = (value: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: "result", id: 1, value, argsAfter: [], tainted: false, ...extra });
const tensor = (shape: unknown, data: unknown) => ({ kind: "tensor", shape, data, source: "number[][]" });
/** The wire's spelling of `numbers`: the base64 of their float64 bytes. */
const b64 = (numbers: number[]) => Buffer.from(new Float64Array(numbers).buffer).toString("base64");

test("a well-formed result decodes into Float64Array data, NaN, infinities and −0 included", () => {
  const checked = checkReply(result(tensor([2, 2], b64([1, NaN, Infinity, -0]))));
  expect(checked.ok).toBe(true);
  if (!checked.ok || checked.message.type !== "result") throw new Error("expected a result");
  const value = checked.message.value;
  expect(value.kind).toBe("tensor");
  if (value.kind !== "tensor") return;
  expect([...value.data]).toEqual([1, NaN, Infinity, -0]);
  expect(Object.is(value.data[3], -0)).toBe(true);
  expect(value.data).toBeInstanceOf(Float64Array);
});

test.each([
  ["not JSON", "{{{garbage", /not JSON/],
  ["an unknown type", JSON.stringify({ type: "result!", id: 1 }), /does not follow the protocol/],
  ["a shape of null", result(tensor(null, "")), /does not follow the protocol/],
  ["a negative dimension", result(tensor([-1], "")), /does not follow the protocol/],
  ["a fractional dimension", result(tensor([1.5], b64([1]))), /does not follow the protocol/],
  ["a shape whose product is 2**53", result(tensor([2 ** 26, 2 ** 27], "")), /invalid dimension|whose data has 0 characters/],
  ["data shorter than the shape needs", result(tensor([4, 2], b64([1, 2, 3]))), /\(8 numbers, 88 base64 characters\) whose data has 32 characters/],
  ["data longer than the shape needs", result(tensor([1], b64([1, 2]))), /\(1 numbers, 12 base64 characters\) whose data has 24 characters/],
  ["data as a list of numbers", result(tensor([2], [1, 2])), /does not follow the protocol/],
  [
    "data of the right length with a character outside base64",
    result(tensor([2], b64([1, 2]).slice(0, -1) + "!")),
    /not the canonical base64 of 2 float64 numbers/,
  ],
  ["data of the right length in the URL-safe alphabet", result(tensor([1], "_________z8=")), /not the canonical base64/],
  ["data whose padding hides non-zero bits", result(tensor([1], b64([1]).slice(0, 10) + "9=")), /not the canonical base64 of 1 float64 numbers/],
  ["data padded inside", result(tensor([1], "AAAA=AAAAAA=")), /not the canonical base64/],
  ["data of the right length without its padding", result(tensor([1], b64([1]).slice(0, 11) + "A")), /not the canonical base64/],
  ["an extra field", result(tensor([1], b64([1])), { ms: 0 }), /does not follow the protocol/],
  ["a message over the text bound", JSON.stringify({ type: "threw", id: 1, message: "x".repeat(30_000), tainted: false }), /does not follow the protocol/],
  ["an id of 0", JSON.stringify({ type: "threw", id: 0, message: "x", tainted: false }), /does not follow the protocol/],
])("%s is malformed", (_what, frame, reason) => {
  const checked = checkReply(frame);
  expect(checked.ok).toBe(false);
  if (!checked.ok) expect(checked.reason).toMatch(reason);
});

test("more numbers than a reply may carry is malformed, in one tensor or across its tensors", () => {
  const zeros = (n: number) => tensor([n], Buffer.alloc(n * 8).toString("base64"));
  expect(checkReply(result(zeros(WIRE_LIMITS.numbers)))).toMatchObject({ ok: true });
  expect(checkReply(result(zeros(WIRE_LIMITS.numbers + 1)))).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/does not follow the protocol/),
  });
  const half = WIRE_LIMITS.numbers / 2;
  expect(checkReply(result(zeros(half), { argsAfter: [zeros(half)] }))).toMatchObject({ ok: true });
  expect(checkReply(result(zeros(half), { argsAfter: [zeros(half), zeros(1)] }))).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/more than \d+ numbers in one reply/),
  });
});

test("a value nested beyond the bound is malformed, not a stack overflow", () => {
  let value = '{"kind":"list","items":[]}';
  for (let i = 0; i < 5000; i++) value = `{"kind":"list","items":[${value}]}`;
  expect(checkReply(`{"type":"result","id":1,"value":${value},"argsAfter":[],"tainted":false}`).ok).toBe(false);
});

test('an entry named "__proto__" stays an entry and cannot stand in for a missing key', () => {
  const checked = checkReply(
    '{"type":"result","id":1,"value":{"kind":"object","entries":{"__proto__":{"kind":"tensor","shape":[],"data":"AAAAAAAA8D8=","source":"number"}}},"argsAfter":[],"tainted":false}',
  );
  if (!checked.ok || checked.message.type !== "result") throw new Error("expected a result");
  const value = checked.message.value;
  if (value.kind !== "object") throw new Error("expected an object");
  expect(Object.keys(value.entries)).toEqual(["__proto__"]);
  expect("W1" in value.entries).toBe(false);
  expect(Object.getPrototypeOf(value.entries)).toBeNull();
});

test("a load reply may name the TensorFlow.js backend the child started, in the protocol's terms only", () => {
  const loaded = { type: "loaded", exports: { sigmoid: "function" }, tainted: false };
  expect(checkReply(JSON.stringify({ ...loaded, backend: { name: "wasm", simd: true } }))).toEqual({
    ok: true,
    message: { ...loaded, backend: { name: "wasm", simd: true } },
  });
  expect(checkReply(JSON.stringify({ ...loaded, backend: { name: "cpu", simd: false, fallback: "cannot read x.wasm" } })).ok).toBe(true);
  for (const backend of [
    { name: "webgl", simd: false },
    { name: "wasm" },
    { name: "wasm", simd: true, extra: 1 },
    { name: "cpu", simd: false, fallback: "x".repeat(301) },
    "wasm",
  ]) {
    expect(checkReply(JSON.stringify({ ...loaded, backend }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^a reply that does not follow the protocol/),
    });
  }
});
