/**
 * The code provided with week 3 "Batch normalization", not graded: a small net that can put the
 * graded batch-norm layer after each hidden linear step (./batch-norm-net), its training loop and
 * its prediction, to show what the lecture claims: with batch norm, training is faster and steadier
 * and tolerates a higher learning rate.
 */
import type { BnParam } from "../../contracts/week3/batch-norm";
import * as np from "../../np";
import type { Matrix } from "../../np";
import { RandomState } from "../../random";
import type { Params } from "../types";
import { percentF } from "../week2/percent-f";
import { checkMatrix, formatShape } from "../../np/check";
import { forwardPropagation, initializeParameters, type BatchNormFunctions } from "./batch-norm-net";
import { BatchNormStep } from "./batch-norm-step";

export * from "./batch-norm-net";

/**
 * Options of the batch-norm `model`. Defaults: `layersDims` `[n_x, 16, 16, 1]`, learning rate 0.1, 200
 * epochs, mini-batches of 64, seed 1, no logging.
 */
export interface BatchNormModelOptions {
  /** The graded batch-norm layer; required when `batchnorm` is true. */
  functions?: BatchNormFunctions;
  /** Put a batch-norm layer after each hidden linear step. */
  batchnorm: boolean;
  /** Units per layer, input first, output (1 unit) last. */
  layersDims?: number[];
  learningRate?: number;
  numEpochs?: number;
  miniBatchSize?: number;
  /** Seeds the initial weights and the epochs' shuffles. */
  seed?: number;
  /** Log the cost every `printEvery` epochs (the cost of every epoch is recorded either way). */
  printEvery?: number;
  log?: (line: string) => void;
}

/**
 * What the batch-norm `model` returns: the trained parameters, the batch-norm layers' running averages
 * (for `predict` in test mode) and the cost of every epoch.
 */
export interface BatchNormModelResult {
  parameters: Params;
  /** Each batch-norm layer's bnParam after training (its running averages), by layer. */
  bnParams: Record<number, BnParam>;
  /** The cost of every epoch: the mini-batches' costs weighted by their sizes. */
  costs: number[];
}

/** A layer that refuses to run: the model was asked for batch norm without the functions. */
const MISSING: BatchNormFunctions = {
  batchnormForward: () => {
    throw new TypeError("model: batchnorm is true but no batch-norm functions were given");
  },
  batchnormBackward: () => {
    throw new TypeError("model: batchnorm is true but no batch-norm functions were given");
  },
};

/**
 * Mini-batch gradient descent for `numEpochs` epochs on `X` `(n_0, m)`, `Y` `(1, m)`: each epoch
 * visits the columns in the order of `rng.permutation(m)` (one generator, seeded with `seed`, which
 * drew the weights first), `miniBatchSize` at a time, the last batch smaller; batch-norm layers run
 * in train mode and carry their running averages from batch to batch.
 */
export function model(X: Matrix, Y: Matrix, options: BatchNormModelOptions): BatchNormModelResult {
  const {
    batchnorm,
    layersDims = [X.length, 16, 16, 1],
    learningRate = 0.1,
    numEpochs = 200,
    miniBatchSize = 64,
    seed = 1,
    printEvery = 0,
    log = console.log,
  } = options;
  const fns = options.functions ?? MISSING;
  const rng = new RandomState(seed);
  const parameters = initializeParameters(layersDims, batchnorm, rng);
  const bnParams: Record<number, BnParam> = {};
  const [rows, m] = checkMatrix("model", "X", X);
  const [yRows, yCols] = checkMatrix("model", "Y", Y);
  if (rows !== layersDims[0]) throw new RangeError(`model: X has ${rows} rows, layersDims[0] is ${layersDims[0]}`);
  if (yRows !== 1 || yCols !== m) throw new RangeError(`model: Y has shape ${formatShape([yRows, yCols])}, expected ${formatShape([1, m])}`);
  const step = new BatchNormStep(parameters, layersDims, learningRate, fns);
  const costs: number[] = [];
  for (let epoch = 0; epoch < numEpochs; epoch++) {
    const order = rng.permutation(m);
    let total = 0;
    for (let start = 0; start < m; start += miniBatchSize) {
      const end = Math.min(start + miniBatchSize, m);
      total += step.step(X, Y, order, start, end, bnParams) * (end - start);
    }
    const cost = total / m;
    costs.push(cost);
    if (printEvery > 0 && epoch % printEvery === 0) log(`Cost after epoch ${epoch}: ${percentF(cost)}`);
  }
  return { parameters, bnParams, costs };
}

/**
 * Predictions `AL > 0.5` of the trained net on `X`, and their accuracy against `Y`; batch-norm
 * layers run in test mode, on their running averages.
 */
export function predict(
  X: Matrix,
  Y: Matrix,
  trained: Pick<BatchNormModelResult, "parameters" | "bnParams">,
  functions?: BatchNormFunctions,
): { predictions: Matrix; accuracy: number } {
  const { AL } = forwardPropagation(X, trained.parameters, trained.bnParams, "test", functions ?? MISSING);
  const predictions = np.greater(AL, 0.5);
  return { predictions, accuracy: np.mean(np.equal(predictions, Y)) };
}
