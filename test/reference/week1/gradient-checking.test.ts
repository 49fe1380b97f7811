/**
 * The answer key reproduces the notebook's printed values (docs/course.md, "Week 1 — Gradient checking").
 */
import { backwardPropagation, forwardPropagation, gradientCheck, gradientCheckN } from "../../../reference/week1/gradient-checking";
import { INPUTS } from "../../../reference/week1/gradient-checking.inputs";

type CheckNArgs = Parameters<typeof gradientCheckN>;

function printed(run: () => void): string[] {
  const lines: string[] = [];
  const spy = jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

test("forwardPropagation and backwardPropagation: J = θ·x = 8 and dθ = x for x = 2, θ = 4", () => {
  expect(forwardPropagation(2, 4)).toBe(8);
  expect(backwardPropagation(2, 4)).toBe(2);
});

test("gradientCheck reproduces the notebook's differences bit for bit: 7.814075313343006e-11 (x = 3) and 2.919335883291695e-10 (x = 2)", () => {
  expect(gradientCheck(3, 4)).toBe(7.814075313343006e-11);
  expect(gradientCheck(2, 4)).toBe(2.919335883291695e-10);
});

test("gradientCheck prints the course's message, colours included, only when printMsg is set", () => {
  expect(printed(() => gradientCheck(3, 4, 1e-7, true))).toEqual([
    "\x1b[92mYour backward propagation works perfectly fine! difference = 7.814075313343006e-11\x1b[0m",
  ]);
  expect(printed(() => gradientCheck(3, 4))).toEqual([]);
});

test("gradientCheckN finds the course's two mistakes: difference 0.2850931567761623, and prints it", () => {
  const args = INPUTS.gradientCheckNTestCase("buggy", 1e-7, true) as CheckNArgs;
  let difference = 0;
  const lines = printed(() => (difference = gradientCheckN(...args)));
  // numpy's BLAS sums the forward pass's products in another order: the last digits differ.
  expect(difference).toBeCloseTo(0.2850931567761623, 14);
  expect(lines).toEqual([`\x1b[93mThere is a mistake in the backward propagation! difference = ${difference}\x1b[0m`]);
});

test("gradientCheckN passes the corrected backward pass: difference ≈ 1.1890913024229996e-07, below 2e-7", () => {
  const difference = gradientCheckN(...(INPUTS.gradientCheckNTestCase("corrected") as CheckNArgs));
  expect(Math.abs(difference / 1.1890913024229996e-7 - 1)).toBeLessThan(1e-6);
  expect(difference).toBeLessThan(2e-7);
});

test("gradientCheckN leaves its inputs unchanged", () => {
  const args = INPUTS.gradientCheckNTestCase("buggy") as CheckNArgs;
  const before = JSON.stringify(args);
  gradientCheckN(...args);
  expect(JSON.stringify(args)).toBe(before);
});
