/**
 * Answer key for week 3 "TensorFlow Introduction", in TensorFlow.js. Never shipped to students.
 * Conventions (docs/course.md): examples are columns; results are tensors, float32; every function works
 * inside `tf.tidy` so that nothing but its result stays allocated. Inputs the course passes as tensors
 * may also come as nested arrays (fixture generation calls the reference with them): tfjs ops accept both.
 */
import type { Scalar, Tensor, Tensor1D, Tensor2D } from "@tensorflow/tfjs-core";
import { initializers } from "@tensorflow/tfjs-layers";
import type { TensorflowModule, TfParameters } from "dnn-autograder/contracts";
import { tf } from "dnn-autograder/course/week3/tfjs";
import { RandomState } from "dnn-autograder/random";

/**
 * The course draws `X`, `W`, `b` from `np.random.seed(1)` in that order and makes `W` and `b`
 * `tf.Variable`s; a variable would outlive `tf.tidy` (tidy never disposes variables), and nothing
 * trains here, so all three are constants.
 */
export function linearFunction(): Tensor2D {
  const rng = new RandomState(1);
  const X = rng.randn(3, 1);
  const W = rng.randn(4, 3);
  const b = rng.randn(4, 1);
  return tf.tidy(() => tf.add(tf.matMul(tf.tensor2d(W), tf.tensor2d(X)), tf.tensor2d(b)));
}

/**
 * `tf.sigmoid` of `z` (a number or a tensor of any shape and dtype), cast to float32 first: a
 * float32 tensor of `z`'s shape.
 */
export function sigmoid(z: number | Tensor): Tensor {
  return tf.tidy(() => tf.sigmoid(tf.cast(z, "float32")));
}

/** `tf.oneHot` puts the classes on a new last axis; a scalar label gives `(C,)` directly. float32, as `tf.one_hot`. */
export function oneHotMatrix(label: number | Scalar, C = 6): Tensor1D {
  return tf.tidy(() => tf.reshape(tf.oneHot(tf.cast(label, "int32"), C, 1, 0, "float32"), [-1]));
}

/**
 * One `initializers.glorotNormal({ seed })` for every parameter, as the course reuses one seeded
 * `GlorotNormal(seed=1)`: a seeded initializer draws the same stream on each call.
 */
export function initializeParameters(layersDims: number[], seed = 1): TfParameters {
  const initializer = initializers.glorotNormal({ seed });
  const parameters: TfParameters = {};
  const variable = (shape: [number, number]) => {
    const initial = tf.tidy(() => initializer.apply(shape, "float32"));
    const v = tf.variable(initial, true);
    initial.dispose();
    return v;
  };
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = variable([layersDims[l], layersDims[l - 1]]);
    parameters[`b${l}`] = variable([layersDims[l], 1]);
  }
  return parameters;
}

/**
 * LINEAR→RELU→LINEAR→RELU→LINEAR on `X` `(n_0, m)` with `W_l` `(n_l, n_{l−1})`, `b_l`
 * `(n_l, 1)`: the logits `Z3` `(n_3, m)`, no softmax (the loss applies it); computed on the
 * variables themselves so gradients flow.
 */
export function forwardPropagation(X: Tensor2D, parameters: TfParameters): Tensor2D {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  return tf.tidy(() => {
    const Z1 = tf.add(tf.matMul(W1, X), b1);
    const A1 = tf.relu(Z1);
    const Z2 = tf.add(tf.matMul(W2, A1), b2);
    const A2 = tf.relu(Z2);
    return tf.add(tf.matMul(W3, A2), b3) as Tensor2D;
  });
}

/** `tf.losses.softmaxCrossEntropy` wants `(examples, classes)`: transpose both; `Reduction.SUM` sums over the examples. */
export function computeTotalLoss(logits: Tensor2D, labels: Tensor2D): Scalar {
  return tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.transpose(labels), tf.transpose(logits), undefined, 0, tf.Reduction.SUM) as Scalar);
}

/** The answer key's graded functions, as the `TensorflowModule` contract. */
export const reference: TensorflowModule = {
  linearFunction,
  sigmoid,
  oneHotMatrix,
  initializeParameters,
  forwardPropagation,
  computeTotalLoss,
};
