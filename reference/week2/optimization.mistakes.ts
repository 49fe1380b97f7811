/**
 * Typical wrong answers to week 2 "Optimization Methods". Fixture generation runs each on the cases
 * that name it, so a student's output that matches one is reported with its message. Each is the
 * reference with one thing changed.
 */
import type { KnownMistake } from "dnn-autograder/fixtures/mistakes";
import type { ParameterGradients, MiniBatch, Params } from "dnn-autograder/contracts";
import type { Matrix } from "dnn-autograder/np";
import { sliceColumns, takeColumns } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";
import { parameterKeys, randomMiniBatches, updateLr, updateParametersWithAdam } from "./optimization";

const map2 = (a: Matrix, b: Matrix, f: (x: number, y: number) => number): Matrix => a.map((row, i) => row.map((x, j) => f(x, b[i][j])));

/** Momentum with the velocity rule `rule(v, g)`, the parameter moved by `moveWith` (the new or the old v). */
function momentumWith(rule: (v: number, g: number, beta: number) => number, moveWith: "new" | "old") {
  return (parameters: Params, grads: ParameterGradients, v: ParameterGradients, beta: number, learningRate: number) => {
    const updated: Params = { ...parameters };
    const velocity: ParameterGradients = { ...v };
    for (const [key, gradKey] of parameterKeys(parameters)) {
      velocity[gradKey] = map2(v[gradKey], grads[gradKey], (vi, g) => rule(vi, g, beta));
      const used = moveWith === "new" ? velocity[gradKey] : v[gradKey];
      updated[key] = map2(parameters[key], used, (w, vi) => w - learningRate * vi);
    }
    return { parameters: updated, v: velocity };
  };
}

/** Adam where the parameter step is `step(vCorrected, sCorrected)` instead of the course's. */
function adamWithStep(step: (vc: number, sc: number, learningRate: number, epsilon: number) => number) {
  return (
    parameters: Params,
    grads: ParameterGradients,
    v: ParameterGradients,
    s: ParameterGradients,
    t: number,
    learningRate = 0.01,
    beta1 = 0.9,
    beta2 = 0.999,
    epsilon = 1e-8,
  ) => {
    const result = updateParametersWithAdam(parameters, grads, v, s, t, learningRate, beta1, beta2, epsilon);
    for (const [key, gradKey] of parameterKeys(parameters)) {
      const moved = map2(result.vCorrected[gradKey], result.sCorrected[gradKey], (vc, sc) => step(vc, sc, learningRate, epsilon));
      result.parameters[key] = map2(parameters[key], moved, (w, d) => w - d);
    }
    return result;
  };
}

/** Batches of `miniBatchSize` consecutive columns of X and Y, as given (the last one smaller). */
function cutInOrder(X: Matrix, Y: Matrix, miniBatchSize: number): MiniBatch[] {
  const m = X[0].length;
  const batches: MiniBatch[] = [];
  for (let start = 0; start < m; start += miniBatchSize) {
    const end = Math.min(start + miniBatchSize, m);
    batches.push({ X: sliceColumns(X, start, end), Y: sliceColumns(Y, start, end) });
  }
  return batches;
}

/** The course's mini-batches, with the list of batches rearranged by `finish` (full batches, the partial one or undefined). */
function miniBatchesWith(finish: (full: MiniBatch[], partial: MiniBatch | undefined) => MiniBatch[]) {
  return (X: Matrix, Y: Matrix, miniBatchSize = 64, seed = 0) => {
    const batches = randomMiniBatches(X, Y, miniBatchSize, seed);
    const partial = X[0].length % miniBatchSize !== 0 ? batches.pop() : undefined;
    return finish(batches, partial);
  };
}

/** The known mistakes, by function; case files name them in `mistakes`. */
export const MISTAKES: KnownMistake[] = [
  {
    id: "gd-adds-gradient",
    function: "updateParametersWithGd",
    message: "the gradient is added: gradient descent moves against it, W = W − learningRate·dW",
    implementation: (parameters: Params, grads: ParameterGradients, learningRate: number) =>
      Object.fromEntries(Object.entries(parameters).map(([k, W]) => [k, map2(W, grads[`d${k}`], (w, g) => w + learningRate * g)])),
  },
  {
    id: "minibatches-x-only-shuffled",
    function: "randomMiniBatches",
    message: "the columns of X are permuted but those of Y are not: shuffle X and Y with the same permutation",
    implementation: (X: Matrix, Y: Matrix, miniBatchSize = 64, seed = 0) =>
      cutInOrder(takeColumns(X, new RandomState(seed).permutation(X[0].length)), Y, miniBatchSize),
  },
  {
    id: "minibatches-last-dropped",
    function: "randomMiniBatches",
    message:
      "the last, smaller mini-batch is missing: when m is not a multiple of miniBatchSize, add the remaining m mod miniBatchSize examples as a last batch",
    implementation: miniBatchesWith((full) => full),
  },
  {
    id: "minibatches-last-duplicated",
    function: "randomMiniBatches",
    message: "the last, smaller mini-batch appears twice: add it once, after the full batches",
    implementation: miniBatchesWith((full, partial) => (partial ? [...full, partial, partial] : full)),
  },
  {
    id: "minibatches-unshuffled",
    function: "randomMiniBatches",
    message: "the examples are not shuffled: permute the columns with new RandomState(seed).permutation(m) first",
    implementation: (X: Matrix, Y: Matrix, miniBatchSize = 64) => cutInOrder(X, Y, miniBatchSize),
  },
  {
    id: "momentum-without-one-minus-beta",
    function: "updateParametersWithMomentum",
    message: "the velocity adds the whole gradient: v = beta·v + (1 − beta)·grad",
    implementation: momentumWith((v, g, beta) => beta * v + g, "new"),
  },
  {
    id: "momentum-velocity-after-parameter",
    function: "updateParametersWithMomentum",
    message: "the parameters moved with the previous velocity: update v first, then W = W − learningRate·v with the new v",
    implementation: momentumWith((v, g, beta) => beta * v + (1 - beta) * g, "old"),
  },
  {
    id: "adam-epsilon-inside-sqrt",
    function: "updateParametersWithAdam",
    message: "epsilon is inside the square root: the course divides by sqrt(sCorrected) + epsilon",
    implementation: adamWithStep((vc, sc, lr, eps) => (lr * vc) / Math.sqrt(sc + eps)),
  },
  {
    id: "adam-without-bias-correction",
    function: "updateParametersWithAdam",
    message: "the bias correction is missing: vCorrected = v / (1 − beta1^t) and sCorrected = s / (1 − beta2^t), and the step uses the corrected values",
    // With t = ∞ both corrections are 1 − 0 = 1: vCorrected = v and sCorrected = s, as a student who skips them returns.
    implementation: (
      parameters: Params,
      grads: ParameterGradients,
      v: ParameterGradients,
      s: ParameterGradients,
      _t: number,
      lr = 0.01,
      beta1 = 0.9,
      beta2 = 0.999,
      epsilon = 1e-8,
    ) => updateParametersWithAdam(parameters, grads, v, s, Infinity, lr, beta1, beta2, epsilon),
  },
  {
    id: "adam-t-plus-one",
    function: "updateParametersWithAdam",
    message: "the bias correction uses t + 1: t already counts steps from 1, so divide by 1 − beta^t",
    implementation: (
      parameters: Params,
      grads: ParameterGradients,
      v: ParameterGradients,
      s: ParameterGradients,
      t: number,
      lr = 0.01,
      beta1 = 0.9,
      beta2 = 0.999,
      epsilon = 1e-8,
    ) => updateParametersWithAdam(parameters, grads, v, s, t + 1, lr, beta1, beta2, epsilon),
  },
  {
    id: "update-lr-epoch-plus-one",
    function: "updateLr",
    message: "the epoch is off by one: the model calls updateLr after epoch i with epochNum = i; use epochNum as given",
    implementation: (learningRate0: number, epochNum: number, decayRate: number) => updateLr(learningRate0, epochNum + 1, decayRate),
  },
  {
    id: "schedule-without-floor",
    function: "scheduleLrDecay",
    message: "the decay is continuous: the course decays in steps, learningRate0 / (1 + decayRate·floor(epochNum / timeInterval))",
    implementation: (learningRate0: number, epochNum: number, decayRate: number, timeInterval = 1000) =>
      (1 / (1 + decayRate * (epochNum / timeInterval))) * learningRate0,
  },
  {
    id: "schedule-epoch-plus-one",
    function: "scheduleLrDecay",
    message: "the epoch is off by one: the model calls the decay after epoch i with epochNum = i; use floor(epochNum / timeInterval) as given",
    implementation: (learningRate0: number, epochNum: number, decayRate: number, timeInterval = 1000) =>
      (1 / (1 + decayRate * Math.floor((epochNum + 1) / timeInterval))) * learningRate0,
  },
];
