import { backwardPropagation, computeLoss, forwardPropagation, model, updateParameters } from "../../../src/course/week1/initialization";
import { ThreeLayerTraining } from "../../../src/course/week1/three-layer-training";
import type { Params } from "../../../src/course/types";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import { randomMatrix, rngFor, snapshot, type Rng } from "../../np/helpers";

/** The notebook's loop through the course functions one by one: what `model` must reproduce to the bit. */
function courseLoop(X: Matrix, Y: Matrix, initial: Params, learningRate: number, numIterations: number): { parameters: Params; costs: number[] } {
  let parameters = initial;
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const { A3, cache } = forwardPropagation(X, parameters);
    const cost = computeLoss(A3, Y);
    parameters = updateParameters(parameters, backwardPropagation(X, Y, cache), learningRate);
    if (i % 1000 === 0) costs.push(cost);
  }
  return { parameters, costs };
}

const gaussian = (rng: Rng, scale: number) => (): number => scale * (rng() + rng() + rng() - 1.5);

/** A net of odd layer sizes (so rows pair up with one left over) on m examples, `m` not a multiple of 4. */
function problem(name: string, scale: number): { X: Matrix; Y: Matrix; initial: Params } {
  const rng = rngFor(name);
  const [n0, n1, n2, m] = [3, 7, 3, 37];
  const X = randomMatrix(rng, n0, m, gaussian(rng, 2));
  const Y = [Array.from({ length: m }, () => (rng() < 0.5 ? 1 : 0))];
  const initial: Params = {
    W1: randomMatrix(rng, n1, n0, gaussian(rng, scale)),
    b1: randomMatrix(rng, n1, 1, gaussian(rng, 0.1)),
    W2: randomMatrix(rng, n2, n1, gaussian(rng, scale)),
    b2: randomMatrix(rng, n2, 1, gaussian(rng, 0.1)),
    W3: randomMatrix(rng, 1, n2, gaussian(rng, scale)),
    b3: [[0.05]],
  };
  return { X, Y, initial };
}

const cloneParams = (p: Params): Params => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, np.clone(v)]));

describe("ThreeLayerTraining", () => {
  test.each([
    ["moderate weights", 1, false],
    ["saturating weights (losses with NaN terms, dead ReLUs)", 60, true],
  ])("each step's loss and parameters are the course functions' to the bit: %s", (name, scale, saturates) => {
    const { X, Y, initial } = problem(name, scale);
    const training = ThreeLayerTraining.from(X, Y, cloneParams(initial))!;
    let parameters = initial;
    let saturated = false;
    for (let i = 0; i < 300; i++) {
      const { A3, cache } = forwardPropagation(X, parameters);
      saturated ||= A3[0].some((a) => a === 0 || a === 1);
      const cost = computeLoss(A3, Y);
      parameters = updateParameters(parameters, backwardPropagation(X, Y, cache), 0.05);
      expect(training.step(0.05)).toEqual(cost);
      expect(training.parameters(initial)).toEqual(parameters);
    }
    expect(saturated).toBe(saturates);
  });

  test("declines parameters other than the six of the net, or an empty dimension", () => {
    const { X, Y, initial } = problem("decline", 1);
    expect(ThreeLayerTraining.from(X, Y, { ...cloneParams(initial), note: [[1]] })).toBeNull();
    expect(ThreeLayerTraining.from(X, Y, { ...cloneParams(initial), W3: [] })).toBeNull();
    expect(ThreeLayerTraining.from([[], [], []], Y, cloneParams(initial))).toBeNull();
  });
});

describe("model's training loop", () => {
  test.each([
    ["moderate weights", 1],
    ["saturating weights (losses with NaN terms, dead ReLUs)", 60],
  ])("gives the course functions' costs and parameters to the bit: %s", (name, scale) => {
    const { X, Y, initial } = problem(name, scale);
    const unchanged = snapshot(initial);
    const expected = courseLoop(X, Y, initial, 0.05, 2001);
    const run = model(X, Y, { initialization: () => initial, learningRate: 0.05, numIterations: 2001, printCost: false });
    expect(run.costs).toEqual(expected.costs);
    expect(run.parameters).toEqual(expected.parameters);
    expect(Object.keys(run.parameters)).toEqual(Object.keys(initial));
    unchanged();
  });

  test("the initializer's parameters are never mutated, and its other keys are kept", () => {
    const { X, Y, initial } = problem("keys", 1);
    const withNote = { b3: initial.b3, W3: initial.W3, note: [[1]], ...initial };
    const unchanged = snapshot(withNote);
    const expected = courseLoop(X, Y, withNote, 0.01, 3);
    const run = model(X, Y, { initialization: () => withNote, numIterations: 3, printCost: false });
    expect(run.parameters).toEqual(expected.parameters);
    expect(Object.keys(run.parameters)).toEqual(Object.keys(withNote));
    expect(run.parameters).not.toBe(withNote);
    unchanged();
  });

  test("one iteration, and none", () => {
    const { X, Y, initial } = problem("short", 1);
    expect(model(X, Y, { initialization: () => initial, numIterations: 1, printCost: false })).toEqual(courseLoop(X, Y, initial, 0.01, 1));
    expect(model(X, Y, { initialization: () => initial, numIterations: 0, printCost: false })).toEqual({ parameters: initial, costs: [] });
  });
});
