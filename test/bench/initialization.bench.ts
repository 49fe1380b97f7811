/**
 * The Initialization notebook's training: He initialization (the reference's, seed 3), 15 000
 * iterations of gradient descent on the [2, 10, 5, 1] net over the 300 training circles.
 */
import { initializeParametersHe } from "../../reference/week1/initialization";
import { model } from "../../src/course/week1/initialization";
import { loadInitializationData } from "../../src/datasets";
import { TRAINING_GOAL, type Benchmark } from "./benchmark";

const initializationBenchmark: Benchmark = {
  name: "initialization",
  title: "He initialization, 15 000 iterations on the circles (week 1)",
  goal: TRAINING_GOAL,
  pythonScript: "initialization_numpy.py",
  prepare() {
    const { trainX, trainY } = loadInitializationData();
    const initialParameters = initializeParametersHe([trainX.length, 10, 5, 1]);
    return {
      pythonInput: { X: trainX, Y: trainY, initialParameters, numIterations: 15000 },
      runTs() {
        const lines: string[] = [];
        model(trainX, trainY, { initialization: () => initialParameters, numIterations: 15000, log: (line) => lines.push(line) });
        return { lines };
      },
    };
  },
};

/** This assignment's benchmarks, as `npm run bench` finds them. */
export const benchmarks: readonly Benchmark[] = [initializationBenchmark];
