/**
 * The Optimization notebook's Adam training: the [2, 5, 2, 1] net from He initialization (seed 3),
 * 5000 epochs of mini-batches of 64 over the 300 moons (5 Adam steps per epoch, 25 000 in all), with
 * the reference's randomMiniBatches and updateParametersWithAdam.
 */
import { reference } from "../../reference/week2/optimization";
import { model } from "../../src/course/week2/optimization";
import { loadOptimizationData } from "../../src/datasets";
import { TRAINING_GOAL, type Benchmark } from "./benchmark";

const LAYERS_DIMS = [2, 5, 2, 1];
const NUM_EPOCHS = 5000;

const optimizationBenchmark: Benchmark = {
  name: "optimization",
  title: "Adam, 5000 epochs of mini-batches of 64 on the moons (week 2)",
  goal: TRAINING_GOAL,
  pythonScript: "optimization_numpy.py",
  prepare() {
    const { X, Y } = loadOptimizationData();
    return {
      pythonInput: { X, Y, layersDims: LAYERS_DIMS, optimizer: "adam", numEpochs: NUM_EPOCHS },
      runTs() {
        const lines: string[] = [];
        model(X, Y, LAYERS_DIMS, "adam", { functions: reference, numEpochs: NUM_EPOCHS, log: (line) => lines.push(line) });
        return { lines };
      },
    };
  },
};

/** This assignment's benchmarks, as `npm run bench` finds them. */
export const benchmarks: readonly Benchmark[] = [optimizationBenchmark];
