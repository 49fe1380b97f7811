/**
 * Arguments of week 3 "TensorFlow Introduction" cases, drawn from a seed. They are numbers and
 * matrices: the checks' probes turn them into tensors and variables as the course passes them
 * (`checkOptions.inputs`).
 */
import type { Matrix } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";

type Builder = (...params: any[]) => unknown[];

const scaled = (a: Matrix, k: number): Matrix => a.map((row) => row.map((x) => x * k));

/**
 * `forwardPropagation(X, parameters)` for `layersDims = [n_0, n_1, n_2, n_3]` and `m` examples:
 * `X = rng.rand(n_0, m)` (pixel-like values in [0, 1)), then per layer `W_l = randn(n_l, n_{l−1})·σ_l`
 * and `b_l = randn(n_l, 1)·σ_l` with Glorot's `σ_l = sqrt(2 / (n_l + n_{l−1}))`, like trained-from-scratch weights.
 */
function forwardInputs(layersDims: number[], m: number, seed: number): unknown[] {
  const rng = new RandomState(seed);
  const X = rng.rand(layersDims[0], m);
  const parameters: Record<string, Matrix> = {};
  for (let l = 1; l < layersDims.length; l++) {
    const sigma = Math.sqrt(2 / (layersDims[l] + layersDims[l - 1]));
    parameters[`W${l}`] = scaled(rng.randn(layersDims[l], layersDims[l - 1]), sigma);
    parameters[`b${l}`] = scaled(rng.randn(layersDims[l], 1), sigma);
  }
  return [X, parameters];
}

/**
 * `computeTotalLoss(logits, labels)` for `C` classes and `m` examples: `logits = 2·randn(C, m)`, then
 * the classes `randint(0, C, m)` one-hot encoded as columns `(C, m)`.
 */
function logitsAndLabels(C: number, m: number, seed: number): unknown[] {
  const rng = new RandomState(seed);
  const logits = scaled(rng.randn(C, m), 2);
  const classes = rng.randint(0, C, m);
  const labels: Matrix = Array.from({ length: C }, (_, c) => classes.map((k) => (k === c ? 1 : 0)));
  return [logits, labels];
}

/**
 * The TensorFlow cases' argument builders by the name a case gives in `inputs.builder`:
 * `forwardInputs`, `logitsAndLabels`.
 */
export const INPUTS: Record<string, Builder> = { forwardInputs, logitsAndLabels };
