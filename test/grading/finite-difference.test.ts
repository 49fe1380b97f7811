/**
 * The finite-difference checker, held to numbers it did not produce: it must pass correct backward
 * passes and fail planted bugs, naming the input whose gradient is wrong.
 */
import { backwardPropagationN, backwardPropagationNCorrected, forwardPropagationN, gradientCheckNTestCase } from "../../src/course/week1/gradient-checking";
import type { Params } from "../../src/course/types";
import {
  checkGradients,
  numericalGradients,
  project,
  randomUpstream,
  relativeDifference,
  type DifferentiableFunction,
  type NamedValues,
} from "../../src/grading/finite-difference";
import * as np from "../../src/np";
import type { Matrix } from "../../src/np";
import { RandomState } from "../../src/random";

const rng = new RandomState(42);
const X: Matrix = rng.randn(4, 6);
const inputs = { W: rng.randn(3, 4), b: rng.randn(3, 1) };

/** out = sigmoid(W·X + b), (3, 6); backward given dOut. */
function affineSigmoid(bug?: "dW-doubled" | "db-no-sum" | "one-entry" | "sign" | "sigmoid-derivative"): DifferentiableFunction {
  const forward = ({ W, b }: NamedValues) => np.divide(1, np.add(1, np.exp(np.negative(np.add(np.dot(W as Matrix, X), b as Matrix)))));
  return {
    forward,
    backward: (values, dOut) => {
      const s = forward(values) as Matrix;
      const dZ = np.multiply(dOut as Matrix, bug === "sigmoid-derivative" ? s : np.multiply(s, np.subtract(1, s)));
      let dW = np.dotNT(dZ, X);
      if (bug === "dW-doubled") dW = np.multiply(dW, 2);
      if (bug === "one-entry") dW = dW.map((row, i) => row.map((v, j) => (i === 2 && j === 1 ? v * 1.01 : v)));
      if (bug === "sign") dW = np.negative(dW);
      const db = bug === "db-no-sum" ? dZ.map((row) => [row[0]]) : np.sum(dZ, { axis: 1, keepdims: true });
      return { W: dW, b: db };
    },
  };
}

test("passes a correct backward pass with a matrix output, every input within 1e-8", () => {
  const report = checkGradients(affineSigmoid(), inputs, { rng: new RandomState(0) });
  expect(report.passed).toBe(true);
  expect(report.differences.W).toBeLessThan(1e-8);
  expect(report.differences.b).toBeLessThan(1e-8);
  expect(Object.keys(report.numeric)).toEqual(["W", "b"]);
});

test.each([
  ["dW-doubled", "W"],
  ["db-no-sum", "b"],
  ["one-entry", "W"],
  ["sign", "W"],
  ["sigmoid-derivative", "W"],
] as const)("fails a planted bug (%s) and names the wrong input (%s)", (bug, wrong) => {
  const report = checkGradients(affineSigmoid(bug), inputs, { rng: new RandomState(0) });
  expect(report.passed).toBe(false);
  expect(report.worst?.name).toBe(wrong);
  expect(report.differences[wrong]).toBeGreaterThan(1e-4);
});

test("finds the course's two deliberate mistakes in backwardPropagationN (dW2 and db1), and only those", () => {
  const { X: x, Y, parameters } = gradientCheckNTestCase();
  const keys = ["W1", "b1", "W2", "b2", "W3", "b3"];
  const costOf = (p: NamedValues) => forwardPropagationN(x, Y, p as Params).cost;
  const check = (backward: typeof backwardPropagationN) =>
    checkGradients(
      {
        forward: costOf,
        backward: (p, dOut) => {
          const g = backward(x, Y, forwardPropagationN(x, Y, p as Params).cache);
          return Object.fromEntries(keys.map((k) => [k, np.multiply(g[`d${k}`], dOut as number)]));
        },
      },
      parameters,
      { rng: new RandomState(1) },
    );
  const buggy = check(backwardPropagationN);
  expect(buggy.passed).toBe(false);
  expect(keys.filter((k) => buggy.differences[k] > 1e-6).sort()).toEqual(["W2", "b1"]);
  expect(check(backwardPropagationNCorrected).passed).toBe(true);
});

test("numericalGradients is the vector–Jacobian product: for out = x², Σ dOut·2x", () => {
  const x = [
    [0.5, -1.5],
    [2, 3],
  ];
  const dOut = [
    [1, -2],
    [0.5, 4],
  ];
  const g = numericalGradients(({ x: v }) => np.square(v as Matrix), { x }, dOut, ["x"]).x as Matrix;
  expect(g).toBeCloseToArray(np.multiply(dOut, np.multiply(2, x)), { atol: 1e-8, rtol: 1e-8 });
});

test("two forward calls per input entry and one for the value: no Jacobian is built", () => {
  let calls = 0;
  const fn = affineSigmoid();
  const counted: DifferentiableFunction = { forward: (v) => (calls++, fn.forward(v)), backward: fn.backward };
  checkGradients(counted, inputs);
  expect(calls).toBe(1 + 2 * (12 + 3));
});

test("a scalar input and a scalar output work; an input that does not matter has gradient 0 on both sides", () => {
  const fn: DifferentiableFunction = {
    forward: ({ theta, unused }) => (theta as number) * 3 + 0 * (unused as number),
    backward: (_v, dOut) => ({ theta: 3 * (dOut as number), unused: 0 }),
  };
  const report = checkGradients(fn, { theta: 4, unused: 7 }, { rng: new RandomState(3) });
  expect(report.passed).toBe(true);
  expect(report.numeric.unused).toBe(0);
  expect(typeof report.dOut).toBe("number");
});

test("a gradient of the wrong shape, a non-finite one, or a missing one fails", () => {
  const fn = affineSigmoid();
  const transposed: DifferentiableFunction = {
    forward: fn.forward,
    backward: (v, d) => ({ ...fn.backward(v, d), W: np.transpose(fn.backward(v, d).W as Matrix) }),
  };
  expect(checkGradients(transposed, inputs).differences.W).toBe(Infinity);
  const nan: DifferentiableFunction = { forward: fn.forward, backward: (v, d) => ({ ...fn.backward(v, d), b: [[NaN], [0], [0]] }) };
  const report = checkGradients(nan, inputs);
  expect(report.passed).toBe(false);
  expect(report.worst).toEqual({ name: "b", difference: NaN });
  const missing: DifferentiableFunction = { forward: fn.forward, backward: (v, d) => ({ W: fn.backward(v, d).W }) };
  expect(checkGradients(missing, inputs, { wrt: ["W", "b"] }).passed).toBe(false);
  expect(() => numericalGradients(fn.forward, inputs, [[0]], ["nope"])).toThrow("finite differences: no input named nope");
});

test("leaves the inputs as they were", () => {
  const copy = JSON.stringify(inputs);
  checkGradients(affineSigmoid(), inputs);
  expect(JSON.stringify(inputs)).toBe(copy);
});

test("helpers: dOut drawn row-major from the generator; project; relativeDifference", () => {
  expect(
    randomUpstream(
      [
        [0, 0],
        [0, 0],
      ],
      new RandomState(1),
    ),
  ).toEqual(new RandomState(1).randn(2, 2));
  expect(randomUpstream(5, new RandomState(1))).toBe(new RandomState(1).randn());
  expect(
    project(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 0],
        [0, 2],
      ],
    ),
  ).toBe(9);
  expect(() => project([[1, 2]], [[1], [2]])).toThrow("finite differences: the output has shape (1, 2) but dOut (2, 1)");
  expect(relativeDifference([[1, 2]], [[1, 2]])).toBe(0);
  expect(relativeDifference([[1, 0]], [[0, 0]])).toBe(1);
  expect(relativeDifference([[0, 0]], [[0, 0]])).toBe(0);
  expect(relativeDifference(2, [[2]])).toBe(Infinity);
});
