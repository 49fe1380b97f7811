/**
 * The TensorFlow notebook's training in TensorFlow.js on its WebAssembly backend (as week 3 grades and
 * experiments run it): the reference's functions in `model` on the 1080 digits, 20 epochs of Adam
 * (learning rate 0.0001, mini-batches of 32), against the same float32 computation in numpy from the
 * same initial parameters (tensorflow_numpy.py). The training runs in a worker thread
 * (`tensorflow-worker.ts`), since the backend starts asynchronously.
 */
import * as reference from "../../reference/week3/tensorflow";
import { loadDigitsData } from "../../src/datasets";
import type { Benchmark } from "./benchmark";
import { TrainingWorker } from "./tensorflow-worker";

const NUM_EPOCHS = 20;
const LAYER_DIMS = [784, 25, 12, 6];

const tensorflowBenchmark: Benchmark = {
  name: "tensorflow",
  title: "TensorFlow.js on WebAssembly: Adam on [784, 25, 12, 6], 20 epochs of mini-batches of 32 over 1080 digits (week 3)",
  // TensorFlow.js against numpy float32 has a goal of its own: on WebAssembly it measures about 6× here
  // (the CPU backend: 36–49×); numpy's float32 products run on OpenBLAS's tuned kernels.
  goal: 10,
  pythonScript: "tensorflow_numpy.py",
  prepare() {
    const data = loadDigitsData();
    const initial = reference.initializeParameters(LAYER_DIMS);
    const initialValues = Object.fromEntries(Object.entries(initial).map(([key, v]) => [key, v.arraySync() as number[][]]));
    for (const v of Object.values(initial)) v.dispose();
    const worker = new TrainingWorker(initialValues, NUM_EPOCHS);
    return {
      pythonInput: { ...data, initialParameters: initialValues, numEpochs: NUM_EPOCHS },
      runTs: () => ({ lines: worker.run() }),
    };
  },
};

/** This assignment's benchmarks, as `npm run bench` finds them. */
export const benchmarks: readonly Benchmark[] = [tensorflowBenchmark];
