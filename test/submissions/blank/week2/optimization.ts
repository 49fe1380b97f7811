// The student stubs as handed out: every graded function throws.
import type { Matrix, Params } from "dnn-autograder";

type Grads = Record<string, Matrix>;

export function updateParametersWithGd(parameters: Params, grads: Grads, learningRate: number): Params {
  throw new Error("not implemented");
}

export function randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize = 64, seed = 0): { X: Matrix; Y: Matrix }[] {
  throw new Error("not implemented");
}

export function initializeVelocity(parameters: Params): Grads {
  throw new Error("not implemented");
}

export function updateParametersWithMomentum(parameters: Params, grads: Grads, v: Grads, beta: number, learningRate: number): { parameters: Params; v: Grads } {
  throw new Error("not implemented");
}

export function initializeAdam(parameters: Params): { v: Grads; s: Grads } {
  throw new Error("not implemented");
}

export function updateParametersWithAdam(
  parameters: Params, grads: Grads, v: Grads, s: Grads, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8,
): { parameters: Params; v: Grads; s: Grads; vCorrected: Grads; sCorrected: Grads } {
  throw new Error("not implemented");
}

export function updateLr(learningRate0: number, epochNum: number, decayRate: number): number {
  throw new Error("not implemented");
}

export function scheduleLrDecay(learningRate0: number, epochNum: number, decayRate: number, timeInterval = 1000): number {
  throw new Error("not implemented");
}
