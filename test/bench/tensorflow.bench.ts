/**
 * The TensorFlow notebook's training in TensorFlow.js (CPU backend): the reference's functions in
 * `model` on the 1080 digits, 20 epochs of Adam (learning rate 0.0001, mini-batches of 32), against the
 * same float32 computation in numpy from the same initial parameters (tensorflow_numpy.py).
 */
import type { Tensor2D } from "@tensorflow/tfjs-core";
import * as reference from "../../reference/week3/tensorflow";
import { model } from "../../src/course/week3/tensorflow";
import { tf } from "../../src/course/week3/tfjs";
import { loadDigitsData } from "../../src/datasets";
import type { Benchmark } from "./benchmark";

const NUM_EPOCHS = 20;
const LAYER_DIMS = [784, 25, 12, 6];

const tensorflowBenchmark: Benchmark = {
  name: "tensorflow",
  title: "TensorFlow.js: Adam on [784, 25, 12, 6], 20 epochs of mini-batches of 32 over 1080 digits (week 3)",
  // TensorFlow.js against numpy float32 has a goal of its own: the CPU backend measures 44–49× here.
  goal: 60,
  pythonScript: "tensorflow_numpy.py",
  prepare() {
    const data = loadDigitsData();
    const oneHot = (labels: number[]) => tf.tidy(() => tf.transpose(tf.oneHot(tf.tensor1d(labels, "int32"), 6, 1, 0, "float32"))) as Tensor2D;
    const XTrain = tf.tensor2d(data.trainX);
    const XTest = tf.tensor2d(data.testX);
    const YTrain = oneHot(data.trainLabels);
    const YTest = oneHot(data.testLabels);
    const initial = reference.initializeParameters(LAYER_DIMS);
    const initialValues = Object.fromEntries(Object.entries(initial).map(([key, v]) => [key, v.arraySync() as number[][]]));
    return {
      pythonInput: { ...data, initialParameters: initialValues, numEpochs: NUM_EPOCHS },
      runTs() {
        const lines: string[] = [];
        // Every run starts from the same initial values.
        const initializeParameters = () => Object.fromEntries(Object.entries(initialValues).map(([key, v]) => [key, tf.variable(tf.tensor2d(v))]));
        const { parameters } = model(XTrain, YTrain, XTest, YTest, {
          ...reference,
          initializeParameters,
          numEpochs: NUM_EPOCHS,
          log: (line) => lines.push(line),
        });
        tf.dispose(Object.values(parameters));
        return { lines };
      },
    };
  },
};

/** This assignment's benchmarks, as `npm run bench` finds them. */
export const benchmarks: readonly Benchmark[] = [tensorflowBenchmark];
