/**
 * The Initialization notebook's experiment: train the course's 3-layer net on the circles with
 * the zeros, large random and He initializers of a submission, logging the cost every 1000
 * iterations and the train/test accuracy exactly as the notebook prints them.
 */
import { initializationAssignment, type InitializationModule } from "../contracts";
import { defineExperiment, RUN_ALL, type Attempt } from "./define";
import { model, predict } from "../course/week1/initialization";
import { pythonFloat } from "../course/format";
import { loadInitializationData } from "../datasets";
import { initializationFigures, initializationFigureSchema, type InitializationFigureData } from "../figures/initialization";
import { predictGrid } from "../figures/grid";
import { trainedRun } from "../figures/trained-runs";

/**
 * One training run of the Initialization experiment: which of the submission's initializers, its costs
 * (every 1000 iterations) and accuracies.
 */
export interface InitializationRun {
  initialization: "zeros" | "random" | "he";
  costs: number[];
  trainAccuracy: number;
  testAccuracy: number;
  /** The trained net's 0/1 predictions over the training set's grid (`src/figures/grid.ts`), by the course's `predict`. */
  boundary: (0 | 1)[];
}

const RUNS = [
  ["zeros", "zeros", "initializeParametersZeros"],
  ["random", "random", "initializeParametersRandom"],
  ["he", "He", "initializeParametersHe"],
] as const;

/**
 * Trains the 3-layer net `[n_x, 10, 5, 1]` on the circles for `numIterations` iterations (the notebook:
 * 15 000) with each of the submission's initializers in turn, logging as the notebook prints. Each run
 * goes through `attempt` (labelled zeros, random, He); the runs that ran are returned.
 */
export function initializationExperiment(
  submitted: InitializationModule,
  log: (line: string) => void = console.log,
  numIterations = 15000,
  attempt: Attempt = RUN_ALL,
): InitializationRun[] {
  const { trainX, trainY, testX, testY } = loadInitializationData();
  const runs: InitializationRun[] = [];
  for (const [initialization, label, fn] of RUNS) {
    const run = attempt(label, (): InitializationRun => {
      log(`\n=== ${initialization} initialization (${fn}) ===`);
      // The notebook's initializers take only layersDims; ours default to the course's seed.
      const { parameters, costs } = model(trainX, trainY, { initialization: (dims) => submitted[fn](dims), numIterations, log });
      const trainAccuracy = predict(trainX, trainY, parameters).accuracy;
      const testAccuracy = predict(testX, testY, parameters).accuracy;
      log("On the train set:");
      log(`Accuracy: ${pythonFloat(trainAccuracy)}`);
      log("On the test set:");
      log(`Accuracy: ${pythonFloat(testAccuracy)}`);
      const boundary = predictGrid(trainX, (X, Y) => predict(X, Y, parameters));
      return { initialization, costs, trainAccuracy, testAccuracy, boundary };
    });
    if (run) runs.push(run);
  }
  return runs;
}

/** The figure data of the runs that ran. */
function figureData(runs: readonly InitializationRun[]): InitializationFigureData {
  const label = (id: InitializationRun["initialization"]) => RUNS.find((r) => r[0] === id)![1];
  return { runs: runs.map((r) => trainedRun(r.initialization, label(r.initialization), r)) };
}

/** The Initialization notebook's experiment, as `dnn-autograder experiment initialization` runs it in the sandbox. */
export const experiment = defineExperiment(initializationAssignment, {
  runs: RUNS.map((r) => r[1]),
  run: (submitted, log, { attempt, length }) => figureData(initializationExperiment(submitted, log, length, attempt)),
  figureSchema: initializationFigureSchema,
  figures: initializationFigures,
});
