/**
 * Typical wrong answers to week 3 "TensorFlow Introduction". Fixture generation runs each on the
 * cases that name it (with the case's numbers and matrices, which tfjs ops accept), so a student's
 * output that matches one is reported with its message.
 */
import type { Tensor, Tensor2D } from "@tensorflow/tfjs-core";
import type { KnownMistake } from "dnn-autograder/fixtures/mistakes";
import { tf } from "dnn-autograder/course/week3/tfjs";
import { RandomState } from "dnn-autograder/random";
import { forwardPropagation } from "./tensorflow";

const byExamples = (logits: Tensor2D, labels: Tensor2D, reduction: number) =>
  tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.transpose(labels), tf.transpose(logits), undefined, 0, reduction));

/**
 * The known mistakes of the TensorFlow functions (draw order, one-hot layout, softmax in the forward,
 * mean instead of sum in the loss, …); case files name them in `mistakes`.
 */
export const MISTAKES: KnownMistake[] = [
  {
    id: "linear-draw-order",
    function: "linearFunction",
    message: "the draws are in another order: the course draws X = randn(3, 1), then W = randn(4, 3), then b = randn(4, 1)",
    implementation: () => {
      const rng = new RandomState(1);
      const W = rng.randn(4, 3);
      const X = rng.randn(3, 1);
      const b = rng.randn(4, 1);
      return tf.tidy(() => tf.add(tf.matMul(tf.tensor2d(W), tf.tensor2d(X)), tf.tensor2d(b)));
    },
  },
  {
    id: "onehot-row",
    function: "oneHotMatrix",
    message:
      "the one-hot is a (1, C) row: tf.oneHot of a batch of one label puts the classes on axis 1; return a 1-D tensor of length C (reshape to [-1], or one-hot the scalar label)",
    implementation: (label: number, C = 6) => tf.tidy(() => tf.oneHot(tf.tensor1d([label], "int32"), C, 1, 0, "float32")),
  },
  {
    id: "onehot-column",
    function: "oneHotMatrix",
    message: "the one-hot is a (C, 1) column (classes along axis 0 of a batch of one); return a 1-D tensor of length C (reshape to [-1])",
    implementation: (label: number, C = 6) => tf.tidy(() => tf.transpose(tf.oneHot(tf.tensor1d([label], "int32"), C, 1, 0, "float32"))),
  },
  {
    id: "forward-softmax",
    function: "forwardPropagation",
    message: "softmax is applied to Z3: the forward pass returns the logits Z3 (the loss applies softmax itself)",
    implementation: (X: Tensor2D, parameters: never) => tf.tidy(() => tf.transpose(tf.softmax(tf.transpose(forwardPropagation(X, parameters))))),
  },
  {
    id: "forward-relu-output",
    function: "forwardPropagation",
    message: "a ReLU is applied to Z3: the last layer is LINEAR only (its logits may be negative)",
    implementation: (X: Tensor2D, parameters: never) => tf.tidy(() => tf.relu(forwardPropagation(X, parameters))),
  },
  {
    id: "loss-mean",
    function: "computeTotalLoss",
    message: "the loss is the mean over the examples: compute_total_loss is their sum (tf.Reduction.SUM; the model divides by m once per epoch)",
    implementation: (logits: Tensor2D, labels: Tensor2D) => byExamples(logits, labels, tf.Reduction.SUM_BY_NONZERO_WEIGHTS),
  },
  {
    id: "loss-softmax-first",
    function: "computeTotalLoss",
    message: "softmax was applied before the loss, which applies it itself (from_logits): pass the raw logits",
    implementation: (logits: Tensor2D, labels: Tensor2D) =>
      tf.tidy(() => byExamples(tf.transpose(tf.softmax(tf.transpose(logits))) as Tensor2D, labels, tf.Reduction.SUM)),
  },
  {
    id: "loss-examples-as-rows",
    function: "computeTotalLoss",
    message:
      "the examples were taken as rows: the course's logits and labels are (classes, examples), and tf.losses.softmaxCrossEntropy wants (examples, classes): transpose both",
    implementation: (logits: Tensor, labels: Tensor) => tf.tidy(() => tf.losses.softmaxCrossEntropy(labels, logits, undefined, 0, tf.Reduction.SUM)),
  },
];
