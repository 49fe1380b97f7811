import { readFileSync } from "node:fs";
import { join } from "node:path";
import { roundedLog } from "../../src/random/rounded-log";

/**
 * test/data/rounded-log.json (test/data/make-log-vectors.py): x, log(x) rounded to the nearest
 * double (decimal at 60 digits), and the C library's math.log(x), as hexadecimal doubles.
 */
const { vectors } = JSON.parse(readFileSync(join(__dirname, "..", "data", "rounded-log.json"), "utf8")) as { vectors: [string, string, string][] };

/** A double from Python's `float.hex` form (`-0x1.8p+1`, `0x0.0000000000001p-1022`). */
function fromHex(hex: string): number {
  const match = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(hex);
  if (!match) throw new Error(`not a hexadecimal double: ${hex}`);
  const [, sign, lead, fraction, exponent] = match;
  const mantissa = BigInt(`0x${lead}${fraction}`);
  // mantissa · 2^(exponent − 4·digits), exactly: the mantissa fits in 53 bits, scaling by 2^k is exact.
  let value = Number(mantissa);
  let shift = Number(exponent) - 4 * fraction.length;
  for (; shift < -1000; shift += 1000) value *= 2 ** -1000;
  value *= 2 ** shift;
  return sign ? -value : value;
}

const cases = vectors.map(([x, rounded, libc]) => ({ x: fromHex(x), rounded: fromHex(rounded), libc: fromHex(libc) }));

test("the vectors cover the polar method's inputs and every binade", () => {
  expect(cases.length).toBeGreaterThan(6000);
  expect(cases.filter((c) => c.x > 0 && c.x < 1).length).toBeGreaterThan(4000);
  expect(Math.min(...cases.map((c) => c.x))).toBe(5e-324);
  expect(Math.max(...cases.map((c) => c.x))).toBe(Number.MAX_VALUE);
});

test("roundedLog is the correctly rounded logarithm on every vector", () => {
  const wrong = cases.filter((c) => !Object.is(roundedLog(c.x), c.rounded));
  expect(wrong.map((c) => `log(${c.x}) = ${c.rounded}, got ${roundedLog(c.x)}`)).toEqual([]);
});

test("it agrees with the C library numpy calls far more often than Math.log does", () => {
  const differ = (f: (x: number) => number) => cases.filter((c) => !Object.is(f(c.x), c.libc)).length;
  // The C library's log is itself off by one ulp on about 1 input in 1 600; Math.log on about 1 in 20.
  expect(differ(roundedLog)).toBeLessThan(cases.length / 300);
  expect(differ(Math.log)).toBeGreaterThan(cases.length / 50);
});

test("edge values: zero, negatives, infinities and NaN as Math.log gives them", () => {
  expect(roundedLog(0)).toBe(-Infinity);
  expect(roundedLog(-0)).toBe(-Infinity);
  expect(roundedLog(-1)).toBeNaN();
  expect(roundedLog(NaN)).toBeNaN();
  expect(roundedLog(Infinity)).toBe(Infinity);
  expect(Object.is(roundedLog(1), 0)).toBe(true);
});

test("a patched Math.log cannot change it", () => {
  const original = Math.log;
  try {
    Math.log = () => 42;
    expect(roundedLog(0.5)).toBe(-0.6931471805599453);
  } finally {
    Math.log = original;
  }
});
