/**
 * The Regularization notebook's trainings: the [2, 20, 3, 1] net from the course's
 * initializeParameters (seed 3), 30 000 iterations of gradient descent (learning rate 0.3) on the 211
 * training points, without regularization (the course code alone), with L2 (lambd = 0.7) and with
 * dropout (keepProb = 0.86), the last two with the reference's graded functions. The numpy side
 * (regularization_numpy.py) runs the course code and the notebook's solutions from the same data and
 * initial parameters.
 */
import * as reference from "../../reference/week1/regularization";
import { initializeParameters, model } from "../../src/course/week1/regularization";
import { loadRegularizationData } from "../../src/datasets";
import { TRAINING_GOAL, type Benchmark } from "./benchmark";

const NUM_ITERATIONS = 30000;

function regularizationBenchmark(name: string, title: string, setting: "none" | "l2" | "dropout", lambd: number, keepProb: number): Benchmark {
  return {
    name,
    title,
    goal: TRAINING_GOAL,
    pythonScript: "regularization_numpy.py",
    prepare() {
      const { trainX: X, trainY: Y } = loadRegularizationData();
      const initialParameters = initializeParameters([2, 20, 3, 1]);
      return {
        pythonInput: { X, Y, initialParameters, setting, numIterations: NUM_ITERATIONS },
        runTs() {
          const lines: string[] = [];
          model(X, Y, { lambd, keepProb, numIterations: NUM_ITERATIONS, functions: reference, log: (line) => lines.push(line) });
          return { lines };
        },
      };
    },
  };
}

/** This assignment's benchmarks, as `npm run bench` finds them: without regularization, with L2, with dropout. */
export const benchmarks: readonly Benchmark[] = [
  regularizationBenchmark("regularization", "no regularization, 30 000 iterations on the regularization data (week 1)", "none", 0, 1),
  regularizationBenchmark("regularization-l2", "L2 (lambd = 0.7), 30 000 iterations on the regularization data (week 1)", "l2", 0.7, 1),
  regularizationBenchmark("regularization-dropout", "dropout (keepProb = 0.86), 30 000 iterations on the regularization data (week 1)", "dropout", 0, 0.86),
];
