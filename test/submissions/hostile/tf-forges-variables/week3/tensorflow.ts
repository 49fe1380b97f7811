// Hostile: returns constant tensors as parameters and dresses them up so that `instanceof tf.Variable` holds; computeTotalLoss is unfinished.
// Contained: whether a parameter is a tf.Variable is the sandbox's word and never scored: the score is that of the same submission returning constants honestly.
import * as tf from "@tensorflow/tfjs-core";
import { initializers } from "@tensorflow/tfjs-layers";
import { RandomState } from "dnn-autograder";

export function linearFunction(): tf.Tensor2D {
  const rng = new RandomState(1);
  const X = tf.tensor2d(rng.randn(3, 1));
  const W = tf.tensor2d(rng.randn(4, 3));
  const b = tf.tensor2d(rng.randn(4, 1));
  const Y = tf.tidy(() => tf.add(tf.matMul(W, X), b)) as tf.Tensor2D;
  tf.dispose([X, W, b]);
  return Y;
}

export function sigmoid(z: number | tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.sigmoid(tf.cast(z, "float32")));
}

export function oneHotMatrix(label: number | tf.Scalar, C = 6): tf.Tensor1D {
  return tf.tidy(() => tf.reshape(tf.oneHot(tf.tensor1d([typeof label === "number" ? label : label.dataSync()[0]], "int32"), C), [-1]));
}

export function initializeParameters(layerDims: number[], seed = 1): Record<string, tf.Variable> {
  const initializer = initializers.glorotNormal({ seed });
  const parameters: Record<string, tf.Variable> = {};
  for (let l = 1; l < layerDims.length; l++) {
    for (const [key, shape] of [["W" + l, [layerDims[l], layerDims[l - 1]]], ["b" + l, [layerDims[l], 1]]] as const) {
      const initial = initializer.apply([...shape]);
      // A constant that passes tfjs's own `instanceof tf.Variable` (any tensor with an assign method).
      parameters[key] = Object.assign(initial, { assign: () => undefined, trainable: true }) as unknown as tf.Variable;
    }
  }
  return parameters;
}

export function forwardPropagation(X: tf.Tensor2D, parameters: Record<string, tf.Variable>): tf.Tensor2D {
  return tf.tidy(() => {
    const A1 = tf.relu(tf.add(tf.matMul(parameters.W1, X), parameters.b1));
    const A2 = tf.relu(tf.add(tf.matMul(parameters.W2, A1), parameters.b2));
    return tf.add(tf.matMul(parameters.W3, A2), parameters.b3) as tf.Tensor2D;
  });
}

export function computeTotalLoss(_logits: tf.Tensor2D, _labels: tf.Tensor2D): tf.Scalar {
  throw new Error("not implemented");
}
