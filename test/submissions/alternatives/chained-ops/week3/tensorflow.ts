// A correct submission written with TensorFlow.js's chained ops, as the tfjs tutorials write it.
import * as tf from "@tensorflow/tfjs-core";
import { initializers } from "@tensorflow/tfjs-layers";
import { RandomState } from "dnn-autograder";

export function linearFunction(): tf.Tensor2D {
  const rng = new RandomState(1);
  const X = tf.tensor2d(rng.randn(3, 1));
  const W = tf.tensor2d(rng.randn(4, 3));
  const b = tf.tensor2d(rng.randn(4, 1));
  const Y = tf.tidy(() => W.matMul(X).add(b)) as tf.Tensor2D;
  tf.dispose([X, W, b]);
  return Y;
}

export function sigmoid(z: number | tf.Tensor): tf.Tensor {
  return tf.tidy(() => (typeof z === "number" ? tf.scalar(z) : z).toFloat().sigmoid());
}

export function oneHotMatrix(label: number | tf.Scalar, C = 6): tf.Tensor1D {
  return tf.tidy(() => tf.tensor1d([typeof label === "number" ? label : label.dataSync()[0]], "int32").oneHot(C, 1, 0).toFloat().flatten());
}

export function initializeParameters(layerDims: number[], seed = 1): Record<string, tf.Variable> {
  const initializer = initializers.glorotNormal({ seed });
  const parameters: Record<string, tf.Variable> = {};
  for (let l = 1; l < layerDims.length; l++) {
    for (const [key, shape] of [["W" + l, [layerDims[l], layerDims[l - 1]]], ["b" + l, [layerDims[l], 1]]] as const) {
      const initial = initializer.apply([...shape]);
      parameters[key] = tf.variable(initial);
      initial.dispose();
    }
  }
  return parameters;
}

export function forwardPropagation(X: tf.Tensor2D, parameters: Record<string, tf.Variable>): tf.Tensor2D {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  return tf.tidy(() => W3.matMul(W2.matMul(W1.matMul(X).add(b1).relu()).add(b2).relu()).add(b3) as tf.Tensor2D);
}

export function computeTotalLoss(logits: tf.Tensor2D, labels: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.losses.softmaxCrossEntropy(labels.transpose(), logits.transpose(), undefined, 0, tf.Reduction.NONE).sum());
}
