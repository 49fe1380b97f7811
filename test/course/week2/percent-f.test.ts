import { percentF } from "../../../src/course/week2/percent-f";

// Python 3: ("%.<digits>f" % x) for each x, ties included (x·10^digits ending in exactly .5 round to even).
const PYTHON: [number, number, string][] = [
  [0.0078125, 6, "0.007812"],
  [0.0234375, 6, "0.023438"],
  [-0.0078125, 6, "-0.007812"],
  [2.5e-7, 6, "0.000000"],
  [0.5, 0, "0"],
  [1.5, 0, "2"],
  [2.5, 0, "2"],
  [-2.5, 0, "-2"],
  [0.125, 2, "0.12"],
  [0.375, 2, "0.38"],
  [1e20, 6, "100000000000000000000.000000"],
  [1e21, 6, "1000000000000000000000.000000"],
  [1.5e22, 2, "15000000000000000000000.00"],
  [-0, 6, "-0.000000"],
  [0, 6, "0.000000"],
  [0.6931471805599453, 6, "0.693147"],
  [0.1366063, 6, "0.136606"],
  [123.456789, 3, "123.457"],
  [5e-324, 6, "0.000000"],
  [NaN, 6, "nan"],
  [Infinity, 6, "inf"],
  [-Infinity, 6, "-inf"],
  [5e-7, 6, "0.000000"],
  [1.5e-6, 6, "0.000002"],
  [1 / 3, 6, "0.333333"],
  [2 ** -20, 6, "0.000001"],
  [3 * 2 ** -21, 6, "0.000001"],
  [1.0000005, 6, "1.000001"],
  [0.9999995, 6, "1.000000"],
];

test.each(PYTHON)("percentF(%p, %p) is Python's %p", (x, digits, text) => {
  expect(percentF(x, digits)).toBe(text);
});

test("6 digits by default, like %f; a bad digit count is refused", () => {
  expect(percentF(0.70240535)).toBe("0.702405");
  expect(() => percentF(1, 1.5)).toThrow("percentF: digits must be an integer in [0, 100], got 1.5");
});
