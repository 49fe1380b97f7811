/**
 * The Optimization notebook's provided code against numpy running the course's code
 * (test/data/optimization-training.py): He initialization with seed 3, the summed cost, and
 * model() with each optimizer and a decay, epoch by epoch.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { reference } from "../../../reference/week2/optimization";
import { computeCost, forwardPropagation, initializeParameters, model, predict, type ModelOptions } from "../../../src/course/week2/optimization";
import type { Params } from "../../../src/course/types";
import { loadOptimizationData } from "../../../src/datasets";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";

interface ShortRun {
  numEpochs: number;
  options: { learning_rate?: number; decay?: string; decay_rate?: number };
  costs: number[];
  lines: string[];
  t: number;
  learningRate: number;
  finalParameters: Params;
}
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "optimization-training.json"), "utf8")) as {
  moons: { X: Matrix; Y: Matrix };
  initialParameters: Params;
  short: Record<string, ShortRun>;
  notebook: Record<string, { lines: string[]; accuracy: number }>;
};
const { X, Y } = loadOptimizationData();
const LAYERS = [2, 5, 2, 1];
const relativeDeviation = (a: number, e: number) => Math.abs(a - e) / Math.abs(e);

test("the data and He initialization (seed 3) are numpy's", () => {
  // Normals may differ from numpy by an ulp (V8's Math.log, see src/random): one entry here, by 1.1e-16.
  expect(X).toBeCloseToArray(numpy.moons.X, { atol: 2.3e-16, rtol: 1e-15 });
  expect(Y).toEqual(numpy.moons.Y);
  expect(initializeParameters(LAYERS)).toBeCloseToArray(numpy.initialParameters, { atol: 0, rtol: 1e-15 });
  expect(initializeParameters(LAYERS)).toEqual(initializeParameters(LAYERS)); // reseeded on every call
});

test("computeCost is the sum of the cross-entropy over the mini-batch, not the mean", () => {
  const A3 = [[0.9, 0.2, 0.6, 0.5]];
  const labels = [[1, 0, 0, 1]];
  const terms = [-Math.log(0.9), -Math.log(0.8), -Math.log(0.4), -Math.log(0.5)];
  expect(computeCost(A3, labels)).toBeCloseTo(
    terms.reduce((a, b) => a + b),
    15,
  );
  const { A3: a3 } = forwardPropagation(X, numpy.initialParameters);
  const mean = np.mean(np.add(np.multiply(np.negative(np.log(a3)), Y), np.multiply(np.negative(np.log(np.subtract(1, a3))), np.subtract(1, Y))));
  expect(computeCost(a3, Y) / 300).toBeCloseTo(mean, 14);
  expect(() => computeCost([[0.5]], labels)).toThrow("computeCost: A3 has shape (1, 1) but Y has shape (1, 4); they must match");
});

const RUNS: [string, "gd" | "momentum" | "adam", Partial<ModelOptions>][] = [
  ["gd", "gd", {}],
  ["momentum", "momentum", {}],
  ["adam", "adam", {}],
  ["adam-schedule", "adam", { learningRate: 0.01, decay: reference.scheduleLrDecay, decayRate: 1 }],
  ["momentum-update-lr", "momentum", { learningRate: 0.1, decay: reference.updateLr, decayRate: 0.3 }],
];

describe.each(RUNS)("model(%s) for 30 epochs agrees with numpy", (name, optimizer, options) => {
  const run = numpy.short[name];
  const lines: string[] = [];
  const result = model(X, Y, LAYERS, optimizer, {
    functions: reference,
    numEpochs: run.numEpochs,
    costEvery: 1,
    ...options,
    log: (line) => lines.push(line),
  });

  test("the printed lines (epoch 0: the cost with 6 decimals, and the learning rate with a decay)", () => {
    expect(lines).toEqual(run.lines);
  });

  test("every epoch's cost and the final parameters, to 1e-12 (only BLAS's summation order differs)", () => {
    expect(result.costs).toHaveLength(run.numEpochs);
    expect(Math.max(...result.costs.map((c, i) => relativeDeviation(c, run.costs[i])))).toBeLessThan(1e-12);
    expect(result.parameters).toBeCloseToArray(run.finalParameters, { atol: 1e-13, rtol: 1e-11 });
  });

  test("Adam's t counts the mini-batch steps (5 per epoch of 300); the decay ran after each epoch", () => {
    expect(result.t).toBe(run.t);
    expect(result.t).toBe(optimizer === "adam" ? 5 * run.numEpochs : 0);
    expect(result.learningRate).toBe(run.learningRate);
  });
});

test("the seed starts at 10 and is incremented before each epoch's randomMiniBatches; t before each Adam step", () => {
  const seeds: number[] = [];
  const steps: number[] = [];
  const decays: number[] = [];
  model(X, Y, LAYERS, "adam", {
    functions: {
      ...reference,
      randomMiniBatches: (x, y, size, seed) => (seeds.push(seed!), reference.randomMiniBatches(x, y, size, seed)),
      updateParametersWithAdam: (p, g, v, s, t, ...rest) => (steps.push(t), reference.updateParametersWithAdam(p, g, v, s, t, ...rest)),
    },
    numEpochs: 3,
    miniBatchSize: 128,
    decay: (lr0, epochNum) => (decays.push(epochNum), lr0),
    printCost: false,
  });
  expect(seeds).toEqual([11, 12, 13]);
  expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(decays).toEqual([0, 1, 2]);
});

test("costs are recorded every 100 epochs by default, logged every 1000", () => {
  const log = jest.fn();
  const { costs } = model(X, Y, LAYERS, "gd", { functions: reference, numEpochs: 201, log });
  expect(costs).toHaveLength(3);
  expect(log).toHaveBeenCalledTimes(1);
  expect(log).toHaveBeenCalledWith(numpy.notebook.gd.lines[0]);
});

test("predict's accuracy, and a clear error for an unknown optimizer", () => {
  const { parameters } = model(X, Y, LAYERS, "adam", { functions: reference, numEpochs: 2, printCost: false });
  const { predictions, accuracy } = predict(X, Y, parameters);
  expect(accuracy).toBe(predictions[0].filter((p, j) => p === Y[0][j]).length / 300);
  expect(() => model(X, Y, LAYERS, "rmsprop" as never, { functions: reference })).toThrow('model: optimizer must be "gd", "momentum" or "adam", got "rmsprop"');
});
