import type { Matrix } from "../../np/matrix";
import type { Params } from "../week1/initialization";
import { defineAssignment } from "../define";

/**
 * Gradients, or optimizer state, keyed by parameter as the course keys them: `dW1` `(n_1, n_0)`, `db1` `(n_1, 1)`, …
 * (each the shape of the parameter it belongs to). Extra keys (`dZ3`, `dA2`, …) may be present in `grads`.
 */
export type ParameterGradients = Record<string, Matrix>;

/** One mini-batch: `X` `(n_x, size)` and `Y` `(1, size)`, examples as columns. */
export interface MiniBatch {
  X: Matrix;
  Y: Matrix;
}

/** What `updateParametersWithMomentum` returns: the course's tuple `(parameters, v)`. */
export interface MomentumStep {
  parameters: Params;
  v: ParameterGradients;
}

/** What `initializeAdam` returns: the course's tuple `(v, s)`. */
export interface AdamState {
  v: ParameterGradients;
  s: ParameterGradients;
}

/** What `updateParametersWithAdam` returns: the course's tuple `(parameters, v, s, v_corrected, s_corrected)`. */
export interface AdamStep {
  parameters: Params;
  v: ParameterGradients;
  s: ParameterGradients;
  vCorrected: ParameterGradients;
  sCorrected: ParameterGradients;
}

/**
 * The graded functions of week 2 "Optimization Methods". `parameters` holds `W1, b1, …, WL, bL`
 * (`L = number of keys / 2`); `grads`, `v` and `s` use the gradient keys `dW1, db1, …`. Every update
 * rule returns new objects and never mutates its inputs (the course updates its dicts in place; here
 * the returned values are the new state).
 */
export interface OptimizationModule {
  /** One step of (mini-batch) gradient descent: `W_l − learningRate·dW_l`, `b_l − learningRate·db_l`. */
  updateParametersWithGd(parameters: Params, grads: ParameterGradients, learningRate: number): Params;
  /**
   * Shuffles the `m` examples (columns) of `X` `(n_x, m)` and `Y` `(1, m)` with the same permutation
   * `new RandomState(seed).permutation(m)`, then cuts `floor(m / miniBatchSize)` full mini-batches in
   * order and, when `m` is not a multiple of `miniBatchSize`, one last smaller batch of the remaining
   * `m mod miniBatchSize` examples. `miniBatchSize` defaults to 64, `seed` to 0.
   */
  randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize?: number, seed?: number): MiniBatch[];
  /** The velocity `v`: zeros shaped like each parameter, keys `dW1, db1, …, dWL, dbL`. */
  initializeVelocity(parameters: Params): ParameterGradients;
  /**
   * One step of momentum, for each layer: `v = beta·v + (1 − beta)·grad`, then `W −= learningRate·v`
   * (the parameter moves with the new velocity). Returns the new parameters and the new `v`.
   */
  updateParametersWithMomentum(parameters: Params, grads: ParameterGradients, v: ParameterGradients, beta: number, learningRate: number): MomentumStep;
  /** Adam's moving averages `v` and `s`: zeros shaped like each parameter, keys `dW1, db1, …`. */
  initializeAdam(parameters: Params): AdamState;
  /**
   * One step of Adam number `t` (the model counts steps from 1): `v = beta1·v + (1 − beta1)·grad`,
   * `vCorrected = v / (1 − beta1^t)`, `s = beta2·s + (1 − beta2)·grad²`, `sCorrected = s / (1 − beta2^t)`,
   * `W −= learningRate·vCorrected / (sqrt(sCorrected) + epsilon)` (epsilon outside the square root).
   * Defaults: `learningRate = 0.01`, `beta1 = 0.9`, `beta2 = 0.999`, `epsilon = 1e-8`.
   */
  updateParametersWithAdam(
    parameters: Params,
    grads: ParameterGradients,
    v: ParameterGradients,
    s: ParameterGradients,
    t: number,
    learningRate?: number,
    beta1?: number,
    beta2?: number,
    epsilon?: number,
  ): AdamStep;
  /** Learning-rate decay at every epoch: `learningRate0 / (1 + decayRate·epochNum)`. */
  updateLr(learningRate0: number, epochNum: number, decayRate: number): number;
  /**
   * Decay at fixed intervals: `learningRate0 / (1 + decayRate·floor(epochNum / timeInterval))`;
   * `timeInterval` defaults to 1000 epochs.
   */
  scheduleLrDecay(learningRate0: number, epochNum: number, decayRate: number, timeInterval?: number): number;
}

/** The contract of week 2 "Optimization Methods": its graded functions in the notebook's order, their parameters named. */
export const optimizationAssignment = defineAssignment<OptimizationModule>()({
  name: "week2/optimization",
  title: "Optimization Methods",
  module: "week2/optimization",
  position: 1,
  params: {
    updateParametersWithGd: ["parameters", "grads", "learningRate"],
    randomMiniBatches: ["X", "Y", "miniBatchSize", "seed"],
    initializeVelocity: ["parameters"],
    updateParametersWithMomentum: ["parameters", "grads", "v", "beta", "learningRate"],
    initializeAdam: ["parameters"],
    updateParametersWithAdam: ["parameters", "grads", "v", "s", "t", "learningRate", "beta1", "beta2", "epsilon"],
    updateLr: ["learningRate0", "epochNum", "decayRate"],
    scheduleLrDecay: ["learningRate0", "epochNum", "decayRate", "timeInterval"],
  },
  seedDefaults: { randomMiniBatches: { seed: 0 } },
});
