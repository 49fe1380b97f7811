// The student stubs of week3/tensorflow as handed out: every graded function throws "not implemented".
// Generated from src/contracts/week3/tensorflow.ts by `npm run stubs`: edit the contract, not this file.
import type { Scalar, Tensor, Tensor1D, Tensor2D } from "@tensorflow/tfjs-core";
import type { TfParameters } from "dnn-autograder";

/**
 * `Y = W·X + b` as a tensor `(4, 1)`, with `rng = new RandomState(1)` drawing, in this order,
 * `X = rng.randn(3, 1)`, `W = rng.randn(4, 3)`, `b = rng.randn(4, 1)`. The course's result is
 * `[[-2.15657382], [2.95891446], [-1.08926781], [-0.84538042]]`.
 */
export function linearFunction(): Tensor2D {
  throw new Error("not implemented");
}

/**
 * The sigmoid of `z` (a number or a tensor of any shape and dtype) as a float32 tensor of the same
 * shape: cast to float32 first (`tf.sigmoid` refuses int32). `sigmoid(-1) ≈ 0.26894143`,
 * `sigmoid(12) ≈ 0.9999939`.
 */
export function sigmoid(z: number | Tensor): Tensor {
  throw new Error("not implemented");
}

/** The one-hot encoding of one class `label` (a number or an int32 scalar tensor) as a 1-D tensor of length `C`. */
export function oneHotMatrix(label: number | Scalar, C?: number): Tensor1D {
  throw new Error("not implemented");
}

/**
 * Glorot-normal initialisation of `W1 b1 W2 b2 W3 b3` for `layersDims = [n_0, n_1, n_2, n_3]`, every
 * one (biases too, as in the course) drawn by a Glorot-normal initializer seeded with `seed` and
 * wrapped in a trainable `tf.Variable`: `W_l` `(n_l, n_{l−1})`, `b_l` `(n_l, 1)`. The course seeds with 1.
 * @example
 * initializeParameters([120, 25, 12, 6], 1)
 * // → { W1: (25, 120), b1: (25, 1), W2: (12, 25), b2: (12, 1), W3: (6, 12), b3: (6, 1) },
 * //   each a trainable tf.Variable of dtype float32
 */
export function initializeParameters(layersDims: number[], seed?: number): TfParameters {
  throw new Error("not implemented");
}

/**
 * LINEAR→RELU→LINEAR→RELU→LINEAR on `X` `(n_0, m)`: `Z1 = W1·X + b1`, `A1 = relu(Z1)`, … and returns
 * the logits `Z3` `(n_3, m)`; no softmax (the loss applies it). Gradients must flow from `Z3` back to
 * every parameter, so compute with the parameter tensors themselves.
 */
export function forwardPropagation(X: Tensor2D, parameters: TfParameters): Tensor2D {
  throw new Error("not implemented");
}

/**
 * The **sum** over the examples (columns) of the softmax cross-entropy of `logits` `(C, m)` against the
 * one-hot `labels` `(C, m)`, as a scalar tensor; the logits are raw (softmax is part of the loss).
 * Logits `[[1, 0, 0], [1, 0, 0], [1, 0, 0]]` against the identity give `3·ln 3 ≈ 3.295837`.
 */
export function computeTotalLoss(logits: Tensor2D, labels: Tensor2D): Scalar {
  throw new Error("not implemented");
}
