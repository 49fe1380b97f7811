/**
 * Batch normalization's experiment at its high learning rate: the [2, 16, 16, 16, 1] net with a
 * batch-norm layer (the reference's) after each hidden linear step, 200 epochs of mini-batch
 * gradient descent (batches of 64, learning rate 3, seed 1) on the 300 moons.
 */
import { reference } from "../../reference/week3/batch-norm";
import { model } from "../../src/course/week3/batch-norm";
import { makeMoons } from "../../src/datasets";
import { RandomState } from "../../src/random";
import { TRAINING_GOAL, type Benchmark } from "./benchmark";

const LAYERS_DIMS = [2, 16, 16, 16, 1];
const NUM_EPOCHS = 200;
const LEARNING_RATE = 3;
const SEED = 1;

const batchNormBenchmark: Benchmark = {
  name: "batch-norm",
  title: "batch norm after each hidden layer of [2, 16, 16, 16, 1], 200 epochs of mini-batches of 64 on the moons (week 3)",
  goal: TRAINING_GOAL,
  pythonScript: "batch-norm_numpy.py",
  prepare() {
    const { X, Y } = makeMoons(300, 0.2, new RandomState(3));
    return {
      pythonInput: { X, Y, layersDims: LAYERS_DIMS, numEpochs: NUM_EPOCHS, learningRate: LEARNING_RATE, seed: SEED },
      runTs() {
        const lines: string[] = [];
        model(X, Y, {
          batchnorm: true,
          functions: reference,
          layersDims: LAYERS_DIMS,
          learningRate: LEARNING_RATE,
          numEpochs: NUM_EPOCHS,
          seed: SEED,
          printEvery: 20,
          log: (line) => lines.push(line),
        });
        return { lines };
      },
    };
  },
};

/** This assignment's benchmarks, as `npm run bench` finds them. */
export const benchmarks: readonly Benchmark[] = [batchNormBenchmark];
