/**
 * The answer key reproduces the notebook's printed values (docs/course.md, "Week 1 — Initialization").
 */
import { initializeParametersHe, initializeParametersRandom, initializeParametersZeros } from "../../../reference/week1/initialization";
import { RandomState } from "../../../src/random";

// The notebook prints 8 significant digits.
const PRINTED = { atol: 5e-9, rtol: 0 };

test("zeros: [3, 2, 1] gives zero W1 (2, 3), b1 (2, 1), W2 (1, 2), b2 (1, 1)", () => {
  const p = initializeParametersZeros([3, 2, 1]);
  expect(Object.keys(p)).toEqual(["W1", "b1", "W2", "b2"]);
  expect(p.W1).toEqual([
    [0, 0, 0],
    [0, 0, 0],
  ]);
  expect(p.b1).toEqual([[0], [0]]);
  expect(p.W2).toEqual([[0, 0]]);
  expect(p.b2).toEqual([[0]]);
});

test("random: [3, 2, 1] with the default generator prints the notebook's values", () => {
  const p = initializeParametersRandom([3, 2, 1]);
  expect(p.W1).toBeCloseToArray(
    [
      [17.88628473, 4.36509851, 0.96497468],
      [-18.63492703, -2.77388203, -3.54758979],
    ],
    PRINTED,
  );
  expect(p.W2).toBeCloseToArray([[-0.82741481, -6.27000677]], PRINTED);
  expect(p.b1).toEqual([[0], [0]]);
  expect(p.b2).toEqual([[0]]);
});

test("He: [2, 4, 1] with the default generator prints the notebook's values", () => {
  const p = initializeParametersHe([2, 4, 1]);
  expect(p.W1).toBeCloseToArray(
    [
      [1.78862847, 0.43650985],
      [0.09649747, -1.8634927],
      [-0.2773882, -0.35475898],
      [-0.08274148, -0.62700068],
    ],
    PRINTED,
  );
  expect(p.W2).toBeCloseToArray([[-0.03098412, -0.33744411, -0.92904268, 0.62552248]], PRINTED);
  expect(p.b1).toEqual([[0], [0], [0], [0]]);
});

test("the generator argument is used and advanced, never replaced", () => {
  const rng = new RandomState(7);
  const a = initializeParametersHe([3, 2], rng);
  const b = initializeParametersHe([3, 2], rng);
  expect(a.W1).not.toEqual(b.W1);
  const fresh = new RandomState(7);
  expect(a.W1).toBeCloseToArray(
    fresh.randn(2, 3).map((row) => row.map((w) => w * Math.sqrt(2 / 3))),
    { atol: 0, rtol: 0 },
  );
});

test("no function mutates layersDims", () => {
  const dims = [4, 3, 2, 1];
  initializeParametersZeros(dims);
  initializeParametersRandom(dims, new RandomState(1));
  initializeParametersHe(dims, new RandomState(1));
  expect(dims).toEqual([4, 3, 2, 1]);
});
