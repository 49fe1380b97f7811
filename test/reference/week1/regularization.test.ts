/**
 * The answer key reproduces the notebook's printed values (docs/course.md, "Week 1 — Regularization"),
 * on the course's test cases restated draw for draw by reference/week1/regularization.inputs.ts.
 */
import {
  backwardPropagationWithDropout,
  backwardPropagationWithRegularization,
  computeCostWithRegularization,
  forwardPropagationWithDropout,
} from "../../../reference/week1/regularization";
import { INPUTS } from "../../../reference/week1/regularization.inputs";
import { backwardPropagation, forwardPropagation } from "../../../src/course/week1/regularization";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import { RandomState } from "../../../src/random";

// The notebook prints 8 significant digits; its backward test cases hold caches printed to 8 digits.
const PRINTED = { atol: 5e-8, rtol: 0 };
const args = <T extends unknown[]>(name: string) => INPUTS[name]() as T;

test("computeCostWithRegularization: the notebook's cost = 1.7864859451590758", () => {
  const [A3, Y, parameters, lambd] = args<[Matrix, Matrix, Record<string, Matrix>, number]>("costTestCase");
  expect(computeCostWithRegularization(A3, Y, parameters, lambd)).toBe(1.7864859451590758);
});

test("backwardPropagationWithRegularization: the notebook's dW1, dW2, dW3 (lambd = 0.7)", () => {
  const [X, Y, cache, lambd] = args<[Matrix, Matrix, never, number]>("backwardL2TestCase");
  const grads = backwardPropagationWithRegularization(X, Y, cache, lambd);
  expect(grads.dW1).toBeCloseToArray(
    [
      [-0.25604646, 0.12298827, -0.28297129],
      [-0.17706303, 0.34536094, -0.4410571],
    ],
    PRINTED,
  );
  expect(grads.dW2).toBeCloseToArray(
    [
      [0.79276486, 0.85133918],
      [-0.0957219, -0.01720463],
      [-0.13100772, -0.03750433],
    ],
    PRINTED,
  );
  expect(grads.dW3).toBeCloseToArray([[-1.77691347, -0.11832879, -0.09397446]], PRINTED);
});

test("the backward test case's cache is the notebook's (its printed Z1 and A3)", () => {
  const [, , cache] = args<[Matrix, Matrix, { Z1: Matrix; A3: Matrix }, number]>("backwardL2TestCase");
  expect(cache.Z1).toBeCloseToArray(
    [
      [-1.52855314, 3.32524635, 2.13994541, 2.60700654, -0.75942115],
      [-1.98043538, 4.1600994, 0.79051021, 1.46493512, -0.45506242],
    ],
    PRINTED,
  );
  expect(cache.A3).toBeCloseToArray([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]], PRINTED);
});

test("with lambd = 0 the backward pass is the course's plain one, bit for bit in the parameters' gradients", () => {
  const [X, Y, cache] = args<[Matrix, Matrix, never, number]>("backwardL2TestCase");
  const withL2 = backwardPropagationWithRegularization(X, Y, cache, 0);
  const plain = backwardPropagation(X, Y, cache);
  for (const key of ["dW1", "db1", "dW2", "db2", "dW3", "db3"]) expect(withL2[key]).toEqual(plain[key]);
});

test("forwardPropagationWithDropout: the notebook's A3 with keepProb = 0.7", () => {
  const [X, parameters, keepProb] = args<[Matrix, Record<string, Matrix>, number]>("dropoutForwardTestCase");
  const { A3 } = forwardPropagationWithDropout(X, parameters, keepProb, new RandomState(1));
  expect(A3).toBeCloseToArray([[0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721]], PRINTED);
});

test("forwardPropagationWithDropout: masks are rand < keepProb from the generator, D1 then D2; its default is RandomState(1)", () => {
  const [X, parameters] = args<[Matrix, Record<string, Matrix>]>("dropoutForwardTestCase");
  const { cache } = forwardPropagationWithDropout(X, parameters, 0.5);
  // The notebook's backward test case: D1 = [[T, F, T, T, T], [T, T, T, T, F]] with keep_prob 0.5.
  expect(cache.D1).toEqual([
    [1, 0, 1, 1, 1],
    [1, 1, 1, 1, 0],
  ]);
  const rng = new RandomState(1);
  const u1 = rng.rand(2, 5);
  const u2 = rng.rand(3, 5);
  expect(cache.D1).toEqual(u1.map((r) => r.map((u) => (u < 0.5 ? 1 : 0))));
  expect(cache.D2).toEqual(u2.map((r) => r.map((u) => (u < 0.5 ? 1 : 0))));
  expect(cache.A1).toEqual(np.divide(np.multiply(np.maximum(0, cache.Z1), cache.D1), 0.5));
});

test("forwardPropagationWithDropout: keepProb = 1 keeps every unit and gives the plain forward pass", () => {
  const [X, parameters] = args<[Matrix, Record<string, Matrix>]>("dropoutForwardTestCase");
  const dropout = forwardPropagationWithDropout(X, parameters, 1, new RandomState(5));
  expect(dropout.cache.D1.flat().every((d) => d === 1)).toBe(true);
  expect(dropout.A3).toEqual(forwardPropagation(X, parameters).A3);
});

test("backwardPropagationWithDropout: the notebook's dA1 and dA2 (cache with keepProb 0.5, backward with 0.8)", () => {
  const [X, Y, cache, keepProb] = args<[Matrix, Matrix, never, number]>("dropoutBackwardTestCase");
  const grads = backwardPropagationWithDropout(X, Y, cache, keepProb);
  expect(grads.dA1).toBeCloseToArray(
    [
      [0.36544439, 0, -0.00188233, 0, -0.17408748],
      [0.65515713, 0, -0.00337459, 0, -0],
    ],
    PRINTED,
  );
  expect(grads.dA2).toBeCloseToArray(
    [
      [0.58180856, 0, -0.00299679, 0, -0.27715731],
      [0, 0.53159854, -0, 0.53159854, -0.34089673],
      [0, 0, -0.00292733, 0, -0],
    ],
    PRINTED,
  );
});

test("no graded function mutates its inputs", () => {
  const [X, Y, cache, keepProb] = args<[Matrix, Matrix, never, number]>("dropoutBackwardTestCase");
  const before = JSON.stringify([X, Y, cache]);
  backwardPropagationWithDropout(X, Y, cache, keepProb);
  backwardPropagationWithRegularization(X, Y, cache, 0.7);
  expect(JSON.stringify([X, Y, cache])).toBe(before);
});
