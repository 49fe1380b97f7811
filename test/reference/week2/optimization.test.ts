/**
 * The answer key reproduces the notebook's printed values and numpy running the course's solution
 * (docs/course.md, "Week 2 — Optimization"; numbers from test/data/optimization-training.py), and the
 * input builders restate the course's test-case generators draw for draw.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  initializeAdam,
  initializeVelocity,
  randomMiniBatches,
  scheduleLrDecay,
  updateLr,
  updateParametersWithAdam,
  updateParametersWithGd,
  updateParametersWithMomentum,
} from "../../../reference/week2/optimization";
import { INPUTS } from "../../../reference/week2/optimization.inputs";
import type { ParameterGradients, MiniBatch, Params } from "../../../src/contracts";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";
import { RandomState } from "../../../src/random";

interface AdamCase {
  parameters: Params;
  v: ParameterGradients;
  s: ParameterGradients;
  vCorrected: ParameterGradients;
  sCorrected: ParameterGradients;
}
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "optimization-training.json"), "utf8")).testCases as {
  gd: { parameters: Params; grads: ParameterGradients; result: Params };
  miniBatches: { full: { shapesX: number[][]; shapesY: number[][]; sanityCheck: number[] }; nx: number; X: Matrix; Y: Matrix; batches: MiniBatch[] };
  miniBatchesArange: { first: number[]; last: number[]; Y: Matrix };
  momentum: { parameters: Params; v: ParameterGradients };
  adam: AdamCase;
  adamDefaults: AdamCase;
  updateLr: { args: [number, number, number]; result: number };
  scheduleLrDecay: { args: [number, number, number, number]; result: number }[];
};

// The notebook prints 8 significant digits; numpy's own results agree to the last bit or an ulp.
const PRINTED = { atol: 5e-9, rtol: 0 };
const NUMPY = { atol: 0, rtol: 1e-15 };
const build = (name: string, ...params: unknown[]) => INPUTS[name](...params) as any[];
const shapeOf = (a: Matrix) => np.shape(a);
const adamResult = ({ parameters, v, s, vCorrected, sCorrected }: AdamCase) => ({ parameters, v, s, vCorrected, sCorrected });

describe("the builders restate the course's test-case generators", () => {
  test("update_parameters_with_gd_test_case: seed-1 parameters, then gradients, learning rate 0.01", () => {
    const [parameters, grads, learningRate] = build("updateParametersWithGdTestCase");
    expect(parameters).toBeCloseToArray(numpy.gd.parameters, NUMPY);
    expect(grads).toBeCloseToArray(numpy.gd.grads, NUMPY);
    expect(learningRate).toBe(0.01);
    expect(build("initializeVelocityTestCase")[0]).toEqual(parameters);
    expect(build("initializeAdamTestCase")[0]).toEqual(parameters);
  });

  test("random_mini_batches_test_case with 5 rows: numpy's X and Y from the same draws", () => {
    const [X, Y, size] = build("randomMiniBatchesTestCase");
    expect(numpy.miniBatches.nx).toBe(5);
    expect(X).toBeCloseToArray(numpy.miniBatches.X, NUMPY);
    expect(Y).toEqual(numpy.miniBatches.Y);
    expect(size).toBe(64);
  });

  test("the arange test: entry [i, j] is 12288·j + i, Y from seed 1", () => {
    const [X, Y] = build("randomMiniBatchesArangeTest");
    expect(X.map((row: number[]) => row.slice(0, 2))).toEqual([
      [0, 12288],
      [1, 12289],
      [2, 12290],
      [12287, 24575],
    ]);
    expect(Y).toEqual(numpy.miniBatchesArange.Y);
  });

  test("momentum and Adam cases start from zero state; the Adam case passes the notebook's hyperparameters", () => {
    const [, , v, beta, learningRate] = build("updateParametersWithMomentumTestCase");
    expect(v).toEqual(initializeVelocity(numpy.gd.parameters));
    expect([beta, learningRate]).toEqual([0.9, 0.01]);
    expect(build("updateParametersWithAdamTestCase").slice(4)).toEqual([2, 0.02, 0.8, 0.888, 1e-2]);
    expect(build("updateParametersWithAdamDefaults")).toHaveLength(5);
  });
});

describe("the notebook's test cases", () => {
  test("updateParametersWithGd prints the notebook's W1 and equals numpy's result", () => {
    const [parameters, grads, learningRate] = build("updateParametersWithGdTestCase");
    const result = updateParametersWithGd(parameters, grads, learningRate);
    expect(result.W1).toBeCloseToArray(
      [
        [1.63535156, -0.62320365, -0.53718766],
        [-1.07799357, 0.85639907, -2.29470142],
      ],
      PRINTED,
    );
    expect(result.b2).toBeCloseToArray([[-0.88020257], [0.02561572], [0.57539477]], PRINTED);
    expect(result).toBeCloseToArray(numpy.gd.result, NUMPY);
  });

  test("randomMiniBatches: the notebook's batch sizes and sanity check, and numpy's batches", () => {
    const [X, Y, size] = build("randomMiniBatchesTestCase");
    const batches = randomMiniBatches(X, Y, size);
    const { full } = numpy.miniBatches;
    expect(batches.map((b) => shapeOf(b.X)[1])).toEqual(full.shapesX.map((s) => s[1]));
    expect(batches.map((b) => shapeOf(b.Y))).toEqual(full.shapesY);
    expect(batches[0].X[0].slice(0, 3)).toBeCloseToArray([0.90085595, -0.7612069, 0.2344157], PRINTED);
    expect(batches[0].X[0].slice(0, 3)).toBeCloseToArray(full.sanityCheck, NUMPY);
    expect(batches).toBeCloseToArray(numpy.miniBatches.batches, NUMPY);
  });

  test("randomMiniBatches on the arange test: the notebook's asserted columns", () => {
    const [X, Y, size] = build("randomMiniBatchesArangeTest");
    const batches = randomMiniBatches(X, Y, size);
    expect(batches[0].X[0].slice(0, 3)).toEqual(numpy.miniBatchesArange.first);
    expect(batches[batches.length - 1].X[3].slice(0, 3)).toEqual(numpy.miniBatchesArange.last);
    expect(numpy.miniBatchesArange.first).toEqual([294912, 86016, 454656]);
  });

  test("initializeVelocity and initializeAdam: zeros shaped like each parameter, gradient keys", () => {
    const [parameters] = build("initializeVelocityTestCase");
    const zeros = { dW1: np.zeros(2, 3), db1: np.zeros(2, 1), dW2: np.zeros(3, 3), db2: np.zeros(3, 1) };
    expect(initializeVelocity(parameters)).toEqual(zeros);
    expect(initializeAdam(parameters)).toEqual({ v: zeros, s: zeros });
  });

  test("updateParametersWithMomentum prints the notebook's values and equals numpy's", () => {
    const { parameters, v } = updateParametersWithMomentum(
      ...(build("updateParametersWithMomentumTestCase") as [Params, ParameterGradients, ParameterGradients, number, number]),
    );
    expect(parameters.W1).toBeCloseToArray(
      [
        [1.62544598, -0.61290114, -0.52907334],
        [-1.07347112, 0.86450677, -2.30085497],
      ],
      PRINTED,
    );
    expect(v.db2).toBeCloseToArray([[0.02344157], [0.16598022], [0.07420442]], PRINTED);
    expect({ parameters, v }).toBeCloseToArray({ parameters: numpy.momentum.parameters, v: numpy.momentum.v }, NUMPY);
  });

  test("updateParametersWithAdam: the notebook's case (t = 2, lr 0.02, beta1 0.8, beta2 0.888, epsilon 1e-2)", () => {
    const result = updateParametersWithAdam(...(build("updateParametersWithAdamTestCase") as Parameters<typeof updateParametersWithAdam>));
    expect(result.parameters.W1).toBeCloseToArray(
      [
        [1.63942428, -0.6268425, -0.54320974],
        [-1.08782943, 0.85036983, -2.2865723],
      ],
      PRINTED,
    );
    expect(result.parameters.b2).toBeCloseToArray([[-0.89228024], [0.02707193], [0.56782561]], PRINTED);
    expect(result).toBeCloseToArray(adamResult(numpy.adam), NUMPY);
  });

  test("updateParametersWithAdam: the earlier notebook's case (t = 2, default hyperparameters)", () => {
    const result = updateParametersWithAdam(...(build("updateParametersWithAdamDefaults") as Parameters<typeof updateParametersWithAdam>));
    expect(result).toBeCloseToArray(adamResult(numpy.adamDefaults), NUMPY);
  });

  test("updateLr and scheduleLrDecay print the notebook's rates", () => {
    expect(updateLr(...numpy.updateLr.args)).toBe(0.16666666666666666);
    expect(numpy.updateLr.result).toBe(0.16666666666666666);
    for (const { args, result } of numpy.scheduleLrDecay) expect(scheduleLrDecay(...args)).toBe(result);
    expect(scheduleLrDecay(0.5, 100, 0.3, 100)).toBe(0.3846153846153846);
  });
});

describe("the rules beyond the notebook's cases", () => {
  test.each([
    { m: 10, size: 4, sizes: [4, 4, 2] },
    { m: 12, size: 4, sizes: [4, 4, 4] },
    { m: 5, size: 64, sizes: [5] },
    { m: 1, size: 1, sizes: [1] },
  ])("randomMiniBatches, m = $m, size $size: batches $sizes of the same permutation of X and Y", ({ m, size, sizes }) => {
    const rng = new RandomState(5);
    const X = rng.randn(3, m);
    const Y = [Array.from({ length: m }, (_, j) => j)];
    const batches = randomMiniBatches(X, Y, size, 7);
    expect(batches.map((b) => b.X[0].length)).toEqual(sizes);
    const order = batches.flatMap((b) => b.Y[0]);
    expect(order).toEqual(new RandomState(7).permutation(m));
    expect(batches.flatMap((b) => b.X[2])).toEqual(order.map((j) => X[2][j]));
  });

  test("randomMiniBatches defaults to 64 examples and seed 0", () => {
    const X = [Array.from({ length: 70 }, (_, j) => j)];
    expect(randomMiniBatches(X, X)).toEqual(randomMiniBatches(X, X, 64, 0));
    expect(randomMiniBatches(X, X).map((b) => b.X[0].length)).toEqual([64, 6]);
  });

  test("gd and momentum handle any number of layers; momentum with beta 0 is gd", () => {
    const [parameters, grads, learningRate] = build("randomGdStep", [4, 3, 2, 2, 1], 0.05, 11);
    expect(Object.keys(parameters)).toEqual(["W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4"]);
    const gd = updateParametersWithGd(parameters, grads, learningRate);
    expect(gd.W4).toEqual(np.subtract(parameters.W4, np.multiply(learningRate, grads.dW4)));
    const momentum = updateParametersWithMomentum(parameters, grads, initializeVelocity(parameters), 0, learningRate);
    expect(momentum.parameters).toEqual(gd);
    expect(momentum.v).toEqual(grads);
  });

  test("Adam: consecutive steps from the builder's state continue the reference's own sequence", () => {
    const args = build("adamAfterSteps", [3, 4, 1], 3, 0.01, 0.9, 0.999, 1e-8, 1, 21) as Parameters<typeof updateParametersWithAdam>;
    const [parameters, grads, v, s, t] = args;
    expect(t).toBe(4);
    expect(np.sum(np.abs(v.dW1))).toBeGreaterThan(0);
    expect(np.sum(np.abs(s.db2))).toBeGreaterThan(0);
    const step = updateParametersWithAdam(...args);
    expect(step.vCorrected.dW2).toEqual(np.divide(step.v.dW2, 1 - 0.9 ** 4));
    expect(step.sCorrected.db1).toEqual(np.divide(step.s.db1, 1 - 0.999 ** 4));
    // The same state reached by hand: three reference steps with the builder's draws.
    const rng = new RandomState(21);
    const draw = (p: Params): ParameterGradients => Object.fromEntries(Object.entries(p).map(([k, a]) => [`d${k}`, rng.randn(a.length, a[0].length)]));
    let state = {
      parameters: Object.fromEntries(["W1", "b1", "W2", "b2"].map((k, i) => [k, rng.randn([4, 4, 1, 1][i], [3, 1, 4, 1][i])])) as Params,
      ...initializeAdam(parameters),
    };
    for (let k = 1; k <= 3; k++) state = updateParametersWithAdam(state.parameters, draw(state.parameters), state.v, state.s, k);
    expect([state.parameters, state.v, state.s]).toEqual([parameters, v, s]);
    expect(draw(parameters)).toEqual(grads);
  });

  test("Adam's first step moves every weight by about the learning rate (the bias correction at t = 1)", () => {
    const [parameters, grads] = build("randomGdStep", [3, 2, 1], 0.01, 3);
    const { v, s } = initializeAdam(parameters);
    const step = updateParametersWithAdam(parameters, grads, v, s, 1, 0.01);
    const moved = np.abs(np.subtract(step.parameters.W1, parameters.W1)).flat();
    for (const d of moved) expect(d).toBeCloseTo(0.01, 8);
  });

  test("no update mutates its inputs, and the returned state is new", () => {
    const args = build("adamAfterSteps", [2, 3, 1], 2, 0.02, 0.8, 0.9, 1e-3, 0.5, 8) as Parameters<typeof updateParametersWithAdam>;
    const before = JSON.stringify(args);
    const step = updateParametersWithAdam(...args);
    const momentum = updateParametersWithMomentum(args[0], args[1], args[2], 0.9, 0.1);
    updateParametersWithGd(args[0], args[1], 0.1);
    randomMiniBatches(args[0].W2, args[0].W2, 1, 3);
    expect(JSON.stringify(args)).toBe(before);
    expect(step.v).not.toBe(args[2]);
    expect(step.v.dW1).not.toBe(args[2].dW1);
    expect(momentum.v.dW1).not.toBe(args[2].dW1);
  });

  test("the decays: every epoch, and in steps of timeInterval (default 1000)", () => {
    expect(updateLr(0.1, 0, 1)).toBe(0.1);
    expect(updateLr(0.3, 7, 0.5)).toBeCloseTo(0.3 / 4.5, 15);
    expect(scheduleLrDecay(0.2, 999, 0.5)).toBe(0.2);
    expect(scheduleLrDecay(0.2, 1000, 0.5)).toBeCloseTo(0.2 / 1.5, 15);
    expect(scheduleLrDecay(0.2, 2500, 0.5)).toBeCloseTo(0.1, 15);
  });

  test("bad arguments get messages naming the function and the argument", () => {
    const [parameters, grads] = build("updateParametersWithGdTestCase");
    expect(() => updateParametersWithGd(parameters, { ...grads, dW2: np.zeros(2, 3) }, 0.1)).toThrow(
      "updateParametersWithGd: grads.dW2 has shape (2, 3) but W2 has shape (3, 3)",
    );
    expect(() => updateParametersWithMomentum(parameters, grads, {}, 0.9, 0.1)).toThrow(
      "updateParametersWithMomentum: v.dW1 is not a matrix: expected number[][], got undefined",
    );
    expect(() => randomMiniBatches([[1, 2, 3]], [[1, 0]])).toThrow("randomMiniBatches: X has 3 examples (columns) but Y has 2");
    expect(() => randomMiniBatches([[1, 2, 3]], [[1, 0, 1]], 0)).toThrow("randomMiniBatches: miniBatchSize must be a positive integer, got 0");
  });
});
