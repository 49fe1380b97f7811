/**
 * Arguments of week 2 "Optimization Methods" cases. The `…TestCase` builders restate the course's
 * test-case generators (testCases.py / the notebook's tests) draw for draw: `np.random.seed(1)`, then
 * the arrays in the order the course draws them. The others draw random nets of any shape from a
 * seed; the `…AfterSteps` builders run the reference for a few steps first, so the case starts from
 * a non-zero optimizer state at `t > 1`. Labels are 0/1 numbers (the course's `randn(…) < 0.5` booleans).
 */
import type { ParameterGradients, Params } from "dnn-autograder/contracts";
import type { Matrix } from "dnn-autograder/np";
import { loadOptimizationData } from "dnn-autograder/datasets";
import { RandomState } from "dnn-autograder/random";
import { initializeAdam, initializeVelocity, parameterKeys, updateParametersWithAdam, updateParametersWithMomentum } from "./optimization";

type Builder = (...params: any[]) => unknown[];

/** `rng.randn(rows, cols)`, as a Matrix also for one row. */
const randn = (rng: RandomState, rows: number, cols: number): Matrix => rng.randn(rows, cols);
const below = (a: Matrix, threshold: number): Matrix => a.map((row) => row.map((x) => (x < threshold ? 1 : 0)));
const scaled = (a: Matrix, k: number): Matrix => a.map((row) => row.map((x) => x * k));

/** testCases.py: `np.random.seed(1)`; W1 (2, 3), b1 (2, 1), W2 (3, 3), b2 (3, 1), then dW1, db1, dW2, db2 of the same shapes. */
function courseParametersAndGrads(): { parameters: Params; grads: ParameterGradients } {
  const rng = new RandomState(1);
  const parameters: Params = { W1: randn(rng, 2, 3), b1: randn(rng, 2, 1), W2: randn(rng, 3, 3), b2: randn(rng, 3, 1) };
  const grads: ParameterGradients = { dW1: randn(rng, 2, 3), db1: randn(rng, 2, 1), dW2: randn(rng, 3, 3), db2: randn(rng, 3, 1) };
  return { parameters, grads };
}

/** For each layer in order `W_l = randn(n_l, n_{l−1})`, `b_l = randn(n_l, 1)` (the course's draw order). */
function randomParameters(rng: RandomState, layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = randn(rng, layersDims[l], layersDims[l - 1]);
    parameters[`b${l}`] = randn(rng, layersDims[l], 1);
  }
  return parameters;
}

/** Gradients shaped like `parameters`, drawn in key order and multiplied by `scale`. */
function randomGrads(rng: RandomState, parameters: Params, scale = 1): ParameterGradients {
  const grads: ParameterGradients = {};
  for (const [key, gradKey] of parameterKeys(parameters)) {
    grads[gradKey] = scaled(randn(rng, parameters[key].length, parameters[key][0].length), scale);
  }
  return grads;
}

/**
 * The Optimization cases' argument builders by the name a case gives in `inputs.builder`: the course's
 * test cases, random nets, and optimizer states after a few steps.
 */
export const INPUTS: Record<string, Builder> = {
  /** update_parameters_with_gd_test_case: the seed-1 parameters and gradients, learning rate 0.01. */
  updateParametersWithGdTestCase: () => {
    const { parameters, grads } = courseParametersAndGrads();
    return [parameters, grads, 0.01];
  },

  /**
   * random_mini_batches_test_case with `nx` rows instead of 12288 (a fixture cannot hold 1.8 million
   * numbers): `np.random.seed(1)`, X = randn(nx, 148), Y = randn(1, 148) < 0.5, mini-batch size 64, and the
   * notebook's call without a seed (default 0). X's first row, and so the notebook's sanity check
   * `mini_batches[0][0][0][0:3]`, is the course's; Y is drawn after fewer normals, so it differs.
   */
  randomMiniBatchesTestCase: (nx = 5) => {
    const rng = new RandomState(1);
    const X = randn(rng, nx, 148);
    return [X, below(randn(rng, 1, 148), 0.5), 64];
  },

  /**
   * The notebook's random_mini_batches_test: X = arange(12288·148).reshape((148, 12288)).T (entry
   * [i, j] = 12288·j + i: each value tells its column), Y = (seed 1) randn(1, 148) < 0.5; only `rows` of X.
   */
  randomMiniBatchesArangeTest: (rows: number[] = [0, 1, 2, 12287]) => {
    const nx = 12288;
    const m = 148;
    const X = rows.map((i) => Array.from({ length: m }, (_, j) => nx * j + i));
    return [X, below(randn(new RandomState(1), 1, m), 0.5), 64];
  },

  /** initialize_velocity_test_case / initialize_adam_test_case: the seed-1 parameters W1 (2, 3), b1, W2 (3, 3), b2. */
  initializeVelocityTestCase: () => [courseParametersAndGrads().parameters],
  initializeAdamTestCase: () => [courseParametersAndGrads().parameters],

  /** update_parameters_with_momentum_test_case: seed-1 parameters and gradients, v zeros; beta 0.9, learning rate 0.01. */
  updateParametersWithMomentumTestCase: () => {
    const { parameters, grads } = courseParametersAndGrads();
    return [parameters, grads, initializeVelocity(parameters), 0.9, 0.01];
  },

  /** update_parameters_with_adam_test_case (current notebook): v, s zeros; t = 2, lr 0.02, beta1 0.8, beta2 0.888, epsilon 1e-2. */
  updateParametersWithAdamTestCase: () => {
    const { parameters, grads } = courseParametersAndGrads();
    const { v, s } = initializeAdam(parameters);
    return [parameters, grads, v, s, 2, 0.02, 0.8, 0.888, 1e-2];
  },

  /** The earlier notebook's Adam test: the same inputs with t = 2 and the default hyperparameters (not passed). */
  updateParametersWithAdamDefaults: () => {
    const { parameters, grads } = courseParametersAndGrads();
    const { v, s } = initializeAdam(parameters);
    return [parameters, grads, v, s, 2];
  },

  /** X = randn(nx, m), Y = rand(1, m) < 0.5 from `new RandomState(rngSeed)`; then miniBatchSize and seed. */
  randomExamples: (nx: number, m: number, miniBatchSize: number, seed: number, rngSeed: number) => {
    const rng = new RandomState(rngSeed);
    const X = randn(rng, nx, m);
    return [X, below(rng.rand(1, m), 0.5), miniBatchSize, seed];
  },

  /** The notebook's moons (2, 300) with miniBatchSize and seed (the model's first epoch uses seed 11). */
  moonsMiniBatches: (miniBatchSize: number, seed: number) => {
    const { X, Y } = loadOptimizationData();
    return [X, Y, miniBatchSize, seed];
  },

  /** Random parameters for `layersDims` (W_l then b_l, layer by layer) from `new RandomState(rngSeed)`. */
  randomParameters: (layersDims: number[], rngSeed: number) => [randomParameters(new RandomState(rngSeed), layersDims)],

  /** Random parameters, then gradients of the same shapes, and the learning rate. */
  randomGdStep: (layersDims: number[], learningRate: number, rngSeed: number) => {
    const rng = new RandomState(rngSeed);
    const parameters = randomParameters(rng, layersDims);
    return [parameters, randomGrads(rng, parameters), learningRate];
  },

  /**
   * Random parameters, `steps` momentum steps of the reference with fresh random gradients from
   * v = 0, then the next step's arguments: (parameters, grads, v, beta, learningRate) with v ≠ 0.
   */
  momentumAfterSteps: (layersDims: number[], beta: number, learningRate: number, steps: number, rngSeed: number) => {
    const rng = new RandomState(rngSeed);
    let parameters = randomParameters(rng, layersDims);
    let v = initializeVelocity(parameters);
    for (let k = 0; k < steps; k++) {
      ({ parameters, v } = updateParametersWithMomentum(parameters, randomGrads(rng, parameters), v, beta, learningRate));
    }
    return [parameters, randomGrads(rng, parameters), v, beta, learningRate];
  },

  /**
   * Random parameters, `steps` Adam steps of the reference (t = 1 … steps) with fresh random gradients
   * times `gradScale`, then step t = steps + 1's arguments: (parameters, grads, v, s, t, learningRate,
   * beta1, beta2, epsilon) with v, s ≠ 0.
   */
  adamAfterSteps: (
    layersDims: number[],
    steps: number,
    learningRate: number,
    beta1: number,
    beta2: number,
    epsilon: number,
    gradScale: number,
    rngSeed: number,
  ) => {
    const rng = new RandomState(rngSeed);
    let parameters = randomParameters(rng, layersDims);
    let { v, s } = initializeAdam(parameters);
    for (let t = 1; t <= steps; t++) {
      const grads = randomGrads(rng, parameters, gradScale);
      ({ parameters, v, s } = updateParametersWithAdam(parameters, grads, v, s, t, learningRate, beta1, beta2, epsilon));
    }
    return [parameters, randomGrads(rng, parameters, gradScale), v, s, steps + 1, learningRate, beta1, beta2, epsilon];
  },
};
