/**
 * Arguments of week 3 "Batch normalization" cases, drawn from a seed. A layer's input `Z` `(n, m)` has
 * units on different scales, like pre-activations: row i is `(i + 1)·randn(m) + (i − 1)`.
 */
import type { BnParam } from "dnn-autograder/contracts";
import type { Matrix } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";
import { batchnormForward } from "./batch-norm";

type Builder = (...params: any[]) => unknown[];

/** Options of the batch-norm builders' `Z`, for edge cases: rows with zero or tiny variance, and drawn running averages. */
export interface DrawOptions {
  /** Rows made constant (every example the same value): variance 0. */
  constantRows?: number[];
  /** Rows made nearly constant (spread 1e-3): a variance far below eps. */
  nearlyConstantRows?: number[];
  /** Draw running averages into the bnParam (mean `randn`, variance `rand + 0.5`). */
  running?: boolean;
}

/** `Z` `(n, m)` as in the module comment, with the rows of `options` flattened. */
function drawZ(rng: RandomState, n: number, m: number, options: DrawOptions = {}): Matrix {
  const Z = rng.randn(n, m).map((row, i) => row.map((x) => (i + 1) * x + (i - 1)));
  for (const i of options.constantRows ?? []) Z[i] = Z[i].map(() => 2.5);
  for (const i of options.nearlyConstantRows ?? []) Z[i] = Z[i].map((x) => 5 + 1e-3 * x);
  return Z;
}

/** `(Z, gamma, beta, bnParam)`: Z as above, `gamma = 1 + 0.5·randn(n, 1)`, `beta = randn(n, 1)`, `bnParam` from `given` (plus drawn running averages). */
function forwardInputs(n: number, m: number, seed: number, given: BnParam, options: DrawOptions = {}): unknown[] {
  const rng = new RandomState(seed);
  const Z = drawZ(rng, n, m, options);
  const gamma = rng.randn(n, 1).map(([g]) => [1 + 0.5 * g]);
  const beta = rng.randn(n, 1);
  const bnParam: BnParam = { ...given };
  if (options.running) {
    bnParam.runningMean = rng.randn(n, 1);
    bnParam.runningVar = rng.rand(n, 1).map(([v]) => [v + 0.5]);
  }
  return [Z, gamma, beta, bnParam];
}

/** `(dOut, cache)`: the reference's train-mode cache for `forwardInputs(n, m, seed, { mode: "train", eps })`, then `dOut = randn(n, m)`. */
function backwardInputs(n: number, m: number, seed: number, eps = 1e-5, options: DrawOptions = {}): unknown[] {
  const [Z, gamma, beta] = forwardInputs(n, m, seed, { mode: "train" }, options) as [Matrix, Matrix, Matrix];
  const { cache } = batchnormForward(Z, gamma, beta, { mode: "train", eps });
  const dOut = new RandomState(seed + 1).randn(n, m);
  return [dOut, cache];
}

/**
 * `(batches, ZTest, gamma, beta, bnParam)` for the `batchnorm-sequence` check: `count` training batches
 * `(n, m)` then a test batch, drawn like `Z` above from one generator.
 */
function sequenceInputs(n: number, m: number, count: number, seed: number, given: BnParam): unknown[] {
  const rng = new RandomState(seed);
  const batches = Array.from({ length: count }, () => drawZ(rng, n, m));
  const ZTest = drawZ(rng, n, m);
  const gamma = rng.randn(n, 1).map(([g]) => [1 + 0.5 * g]);
  const beta = rng.randn(n, 1);
  return [batches, ZTest, gamma, beta, { ...given }];
}

/**
 * The batch-norm cases' argument builders by the name a case gives in `inputs.builder`:
 * `forwardInputs`, `backwardInputs`, `sequenceInputs`.
 */
export const INPUTS: Record<string, Builder> = { forwardInputs, backwardInputs, sequenceInputs };
