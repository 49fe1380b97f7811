// The student stubs as handed out: every graded function throws.
// TensorFlow.js: write tf.matMul(W, X), not W.matMul(X) (chained ops are not registered here);
// the Glorot initializers are in @tensorflow/tfjs-layers (initializers.glorotNormal({ seed })).
import * as tf from "@tensorflow/tfjs-core";
import { RandomState } from "dnn-autograder";

export function linearFunction(): tf.Tensor2D {
  throw new Error("not implemented");
}

export function sigmoid(z: number | tf.Tensor): tf.Tensor {
  throw new Error("not implemented");
}

export function oneHotMatrix(label: number | tf.Scalar, C = 6): tf.Tensor1D {
  throw new Error("not implemented");
}

export function initializeParameters(layerDims: number[], seed = 1): Record<string, tf.Variable> {
  throw new Error("not implemented");
}

export function forwardPropagation(X: tf.Tensor2D, parameters: Record<string, tf.Variable>): tf.Tensor2D {
  throw new Error("not implemented");
}

export function computeTotalLoss(logits: tf.Tensor2D, labels: tf.Tensor2D): tf.Scalar {
  throw new Error("not implemented");
}
