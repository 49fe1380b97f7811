import type { Scalar, Tensor, Tensor1D, Tensor2D, Variable } from "@tensorflow/tfjs-core";
import { defineAssignment } from "../define";

/**
 * The parameters of the course's 3-layer net, as `tf.Variable`s: `W1` `(n_1, n_0)`, `b1` `(n_1, 1)`,
 * `W2` `(n_2, n_1)`, `b2` `(n_2, 1)`, `W3` `(n_3, n_2)`, `b3` `(n_3, 1)`.
 */
export type TfParameters = Record<string, Variable>;

/**
 * The graded functions of week 3 "TensorFlow Introduction", written with TensorFlow.js
 * (`@tensorflow/tfjs-core`, CPU backend). Course layout: examples are columns, so `X` is `(n_x, m)` and
 * the logits and one-hot labels are `(C, m)`. Every function returns tensors (never plain arrays), in
 * float32 unless stated, and leaves no tensor of its own allocated after it returns (`tf.tidy`;
 * `tf.memory().numTensors` is counted before and after each graded call). Inputs are never disposed
 * or changed.
 */
export interface TensorflowModule {
  /**
   * `Y = W·X + b` as a tensor `(4, 1)`, with `rng = new RandomState(1)` drawing, in this order,
   * `X = rng.randn(3, 1)`, `W = rng.randn(4, 3)`, `b = rng.randn(4, 1)`. The course's result is
   * `[[-2.15657382], [2.95891446], [-1.08926781], [-0.84538042]]`.
   */
  linearFunction(): Tensor2D;
  /**
   * The sigmoid of `z` (a number or a tensor of any shape and dtype) as a float32 tensor of the same
   * shape: cast to float32 first (`tf.sigmoid` refuses int32). `sigmoid(-1) ≈ 0.26894143`,
   * `sigmoid(12) ≈ 0.9999939`.
   */
  sigmoid(z: number | Tensor): Tensor;
  /** The one-hot encoding of one class `label` (a number or an int32 scalar tensor) as a 1-D tensor of length `C`. */
  oneHotMatrix(label: number | Scalar, C?: number): Tensor1D;
  /**
   * Glorot-normal initialisation of `W1 b1 W2 b2 W3 b3` for `layersDims = [n_0, n_1, n_2, n_3]`, every
   * one (biases too, as in the course) drawn by a Glorot-normal initializer seeded with `seed` and
   * wrapped in a trainable `tf.Variable`: `W_l` `(n_l, n_{l−1})`, `b_l` `(n_l, 1)`. The course seeds with 1.
   * @example
   * initializeParameters([120, 25, 12, 6], 1)
   * // → { W1: (25, 120), b1: (25, 1), W2: (12, 25), b2: (12, 1), W3: (6, 12), b3: (6, 1) },
   * //   each a trainable tf.Variable of dtype float32
   */
  initializeParameters(layersDims: number[], seed?: number): TfParameters;
  /**
   * LINEAR→RELU→LINEAR→RELU→LINEAR on `X` `(n_0, m)`: `Z1 = W1·X + b1`, `A1 = relu(Z1)`, … and returns
   * the logits `Z3` `(n_3, m)`; no softmax (the loss applies it). Gradients must flow from `Z3` back to
   * every parameter, so compute with the parameter tensors themselves.
   */
  forwardPropagation(X: Tensor2D, parameters: TfParameters): Tensor2D;
  /**
   * The **sum** over the examples (columns) of the softmax cross-entropy of `logits` `(C, m)` against the
   * one-hot `labels` `(C, m)`, as a scalar tensor; the logits are raw (softmax is part of the loss).
   * Logits `[[1, 0, 0], [1, 0, 0], [1, 0, 0]]` against the identity give `3·ln 3 ≈ 3.295837`.
   */
  computeTotalLoss(logits: Tensor2D, labels: Tensor2D): Scalar;
}

/** The contract of week 3 "TensorFlow Introduction": its graded functions in the notebook's order, their parameters named. */
export const tensorflowAssignment = defineAssignment<TensorflowModule>()({
  name: "week3/tensorflow",
  title: "TensorFlow Introduction",
  module: "week3/tensorflow",
  position: 2,
  packages: ["@tensorflow/tfjs-core", "@tensorflow/tfjs-backend-cpu", "@tensorflow/tfjs-backend-wasm", "@tensorflow/tfjs-layers", "mnist"],
  params: {
    linearFunction: [],
    sigmoid: ["z"],
    oneHotMatrix: ["label", "C"],
    initializeParameters: ["layersDims", "seed"],
    forwardPropagation: ["X", "parameters"],
    computeTotalLoss: ["logits", "labels"],
  },
  seedDefaults: { initializeParameters: { seed: 1 } },
});
