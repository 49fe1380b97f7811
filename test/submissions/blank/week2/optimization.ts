// The student stubs of week2/optimization as handed out: every graded function throws "not implemented".
// Generated from src/contracts/week2/optimization.ts by `npm run stubs`: edit the contract, not this file.
import type { AdamState, AdamStep, Matrix, MiniBatch, MomentumStep, ParameterGradients, Params } from "dnn-autograder";

/** One step of (mini-batch) gradient descent: `W_l − learningRate·dW_l`, `b_l − learningRate·db_l`. */
export function updateParametersWithGd(parameters: Params, grads: ParameterGradients, learningRate: number): Params {
  throw new Error("not implemented");
}

/**
 * Shuffles the `m` examples (columns) of `X` `(n_x, m)` and `Y` `(1, m)` with the same permutation
 * `new RandomState(seed).permutation(m)`, then cuts `floor(m / miniBatchSize)` full mini-batches in
 * order and, when `m` is not a multiple of `miniBatchSize`, one last smaller batch of the remaining
 * `m mod miniBatchSize` examples. `miniBatchSize` defaults to 64, `seed` to 0.
 */
export function randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize?: number, seed?: number): MiniBatch[] {
  throw new Error("not implemented");
}

/** The velocity `v`: zeros shaped like each parameter, keys `dW1, db1, …, dWL, dbL`. */
export function initializeVelocity(parameters: Params): ParameterGradients {
  throw new Error("not implemented");
}

/**
 * One step of momentum, for each layer: `v = beta·v + (1 − beta)·grad`, then `W −= learningRate·v`
 * (the parameter moves with the new velocity). Returns the new parameters and the new `v`.
 */
export function updateParametersWithMomentum(parameters: Params, grads: ParameterGradients, v: ParameterGradients, beta: number, learningRate: number): MomentumStep {
  throw new Error("not implemented");
}

/** Adam's moving averages `v` and `s`: zeros shaped like each parameter, keys `dW1, db1, …`. */
export function initializeAdam(parameters: Params): AdamState {
  throw new Error("not implemented");
}

/**
 * One step of Adam number `t` (the model counts steps from 1): `v = beta1·v + (1 − beta1)·grad`,
 * `vCorrected = v / (1 − beta1^t)`, `s = beta2·s + (1 − beta2)·grad²`, `sCorrected = s / (1 − beta2^t)`,
 * `W −= learningRate·vCorrected / (sqrt(sCorrected) + epsilon)` (epsilon outside the square root).
 * Defaults: `learningRate = 0.01`, `beta1 = 0.9`, `beta2 = 0.999`, `epsilon = 1e-8`.
 */
export function updateParametersWithAdam(parameters: Params, grads: ParameterGradients, v: ParameterGradients, s: ParameterGradients, t: number, learningRate?: number, beta1?: number, beta2?: number, epsilon?: number): AdamStep {
  throw new Error("not implemented");
}

/** Learning-rate decay at every epoch: `learningRate0 / (1 + decayRate·epochNum)`. */
export function updateLr(learningRate0: number, epochNum: number, decayRate: number): number {
  throw new Error("not implemented");
}

/**
 * Decay at fixed intervals: `learningRate0 / (1 + decayRate·floor(epochNum / timeInterval))`;
 * `timeInterval` defaults to 1000 epochs.
 */
export function scheduleLrDecay(learningRate0: number, epochNum: number, decayRate: number, timeInterval?: number): number {
  throw new Error("not implemented");
}
