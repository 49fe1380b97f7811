import type { OptimizationModule } from "../../contracts";
import * as np from "../../np";
import type { Matrix } from "../../np";
import { checkMatrix } from "../../np/check";
import { RandomState } from "../../random";
import type { Params } from "../types";
import { backwardPropagation, forwardPropagation } from "../week1/initialization";
import { percentF } from "./percent-f";

/**
 * The code the Optimization Methods notebook provides (opt_utils_v1a.py and the notebook's `model`),
 * not graded. The 3-layer net, its forward and backward passes and `predict` are the same as
 * init_utils.py's (see ../week1/initialization), re-exported here; `computeCost` differs: it returns
 * the **sum** of the losses over the mini-batch, and `model` divides the epoch's total by m.
 */
export { backwardPropagation, forwardPropagation, predict, relu, sigmoid, type ForwardCache } from "../week1/initialization";

// Bound once: under jest (and so in the graders) a global lookup costs ~100× a local one (see np/kernels).
const { sqrt } = Math;

/**
 * He initialization as opt_utils does it: `np.random.seed(3)`, then for each layer in order
 * `W_l = randn(n_l, n_{l−1})·sqrt(2 / n_{l−1})` and `b_l = zeros((n_l, 1))`.
 */
export function initializeParameters(layersDims: number[]): Params {
  const rng = new RandomState(3);
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    const scale = sqrt(2 / layersDims[l - 1]);
    parameters[`W${l}`] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), scale);
    parameters[`b${l}`] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

/**
 * The cross-entropy **summed** over the examples of `A3`, `Y` `(1, m)`:
 * `np.sum(−log(A3)·Y + (−log(1 − A3))·(1 − Y))` (no 1/m; the model averages over the epoch).
 */
export function computeCost(A3: Matrix, Y: Matrix): number {
  return np.sum(np.crossEntropyTerms(A3, Y, "computeCost", "A3"));
}

/** The graded functions `model` trains with (a submission's or the reference's). */
export type OptimizerFunctions = Pick<
  OptimizationModule,
  "randomMiniBatches" | "updateParametersWithGd" | "initializeVelocity" | "updateParametersWithMomentum" | "initializeAdam" | "updateParametersWithAdam"
>;

/** A learning-rate decay as the notebook passes it: `updateLr` or `scheduleLrDecay` (its default interval). */
export type Decay = (learningRate0: number, epochNum: number, decayRate: number) => number;

/**
 * Options of the Optimization notebook's `model`: the graded functions under test and the notebook's
 * hyperparameters (defaults: learning rate 0.0007, mini-batches of 64, `beta` 0.9, `beta1` 0.9, `beta2`
 * 0.999, `epsilon` 1e-8, 5000 epochs, `decayRate` 1, a cost every 100 epochs).
 */
export interface ModelOptions {
  /** The functions under test: the optimizer's and `randomMiniBatches`. */
  functions: OptimizerFunctions;
  learningRate?: number;
  miniBatchSize?: number;
  /** Momentum's beta. */
  beta?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  numEpochs?: number;
  /** Log `Cost after epoch i: %f` (and the learning rate, with a decay) every 1000 epochs. */
  printCost?: boolean;
  /** Called after epoch i as `decay(learningRate0, i, decayRate)`; its result is the next epoch's rate. */
  decay?: Decay;
  decayRate?: number;
  /** Record the epoch's cost every `costEvery` epochs (the notebook: 100). */
  costEvery?: number;
  log?: (line: string) => void;
}

/**
 * What the Optimization notebook's `model` returns: the trained parameters, the recorded costs, the
 * final learning rate and Adam's `t`.
 */
export interface ModelResult {
  parameters: Params;
  /** The epoch's average cost at epochs 0, 100, 200, … (`costEvery`; the notebook records them only when printing, here always). */
  costs: number[];
  /** The learning rate in effect at the end (after the last decay). */
  learningRate: number;
  /** Adam's step counter at the end: the number of mini-batch updates (0 for the other optimizers). */
  t: number;
}

/**
 * The notebook's `model`: `numEpochs` epochs of mini-batch training of the net `layersDims`
 * (`[n_x, 5, 2, 1]` in the notebook) from `initializeParameters`, with `optimizer` "gd", "momentum"
 * or "adam". Before each epoch the seed (10 at the start) is incremented and the examples are cut
 * with `randomMiniBatches(X, Y, miniBatchSize, seed)`; Adam's `t` is incremented before each update,
 * so it counts mini-batch steps from 1. The epoch's cost is the sum of `computeCost` over its
 * mini-batches divided by m. After epoch i, a `decay` sets `learningRate = decay(learningRate0, i, decayRate)`.
 * Defaults are the notebook's: 0.0007, 64, 0.9, 0.9, 0.999, 1e-8, 5000 epochs, decayRate 1.
 */
export function model(X: Matrix, Y: Matrix, layersDims: number[], optimizer: "gd" | "momentum" | "adam", options: ModelOptions): ModelResult {
  const {
    functions: f,
    learningRate: learningRate0 = 0.0007,
    miniBatchSize = 64,
    beta = 0.9,
    beta1 = 0.9,
    beta2 = 0.999,
    epsilon = 1e-8,
    numEpochs = 5000,
    printCost = true,
    decay,
    decayRate = 1,
    costEvery = 100,
    log: print = console.log,
  } = options;
  if (optimizer !== "gd" && optimizer !== "momentum" && optimizer !== "adam") {
    throw new RangeError(`model: optimizer must be "gd", "momentum" or "adam", got ${JSON.stringify(optimizer)}`);
  }
  const m = checkMatrix("model", "X", X)[1];
  let learningRate = learningRate0;
  let parameters = initializeParameters(layersDims);
  let v = optimizer === "momentum" ? f.initializeVelocity(parameters) : {};
  let s = {};
  if (optimizer === "adam") ({ v, s } = f.initializeAdam(parameters));
  let t = 0;
  let seed = 10;
  const costs: number[] = [];
  for (let i = 0; i < numEpochs; i++) {
    seed = seed + 1;
    const minibatches = f.randomMiniBatches(X, Y, miniBatchSize, seed);
    let costTotal = 0;
    for (const { X: minibatchX, Y: minibatchY } of minibatches) {
      const { A3, cache } = forwardPropagation(minibatchX, parameters);
      costTotal += computeCost(A3, minibatchY);
      const grads = backwardPropagation(minibatchX, minibatchY, cache);
      if (optimizer === "gd") {
        parameters = f.updateParametersWithGd(parameters, grads, learningRate);
      } else if (optimizer === "momentum") {
        ({ parameters, v } = f.updateParametersWithMomentum(parameters, grads, v, beta, learningRate));
      } else {
        t = t + 1;
        ({ parameters, v, s } = f.updateParametersWithAdam(parameters, grads, v, s, t, learningRate, beta1, beta2, epsilon));
      }
    }
    const costAvg = costTotal / m;
    if (decay) learningRate = decay(learningRate0, i, decayRate);
    if (printCost && i % 1000 === 0) {
      print(`Cost after epoch ${i}: ${percentF(costAvg)}`);
      if (decay) print(`learning rate after epoch ${i}: ${percentF(learningRate)}`);
    }
    if (i % costEvery === 0) costs.push(costAvg);
  }
  return { parameters, costs, learningRate, t };
}
