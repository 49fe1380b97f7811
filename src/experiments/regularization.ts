/**
 * The Regularization notebook's experiment: train the course's [2, 20, 3, 1] net on the
 * regularization data (src/datasets, 211 training and 200 test points) three times, as the notebook
 * does — without regularization, with L2 (`lambd = 0.7`) and with dropout (`keepProb = 0.86`), each
 * with learning rate 0.3 for 30 000 iterations — using a submission's graded functions, and log the
 * cost every 10 000 iterations and the train/test accuracy exactly as the notebook prints them.
 */
import { regularizationAssignment, type RegularizationModule } from "../contracts";
import { defineExperiment, RUN_ALL, type Attempt } from "./define";
import { pythonFloat } from "../course/format";
import { model, predict } from "../course/week1/regularization";
import { loadRegularizationData } from "../datasets";
import { predictGrid } from "../figures/grid";
import { regularizationFigures, regularizationFigureSchema, type RegularizationFigureData } from "../figures/regularization";
import { trainedRun } from "../figures/trained-runs";

/** One training run of the Regularization experiment: its name and hyperparameters, its recorded costs and accuracies. */
export interface RegularizationRun {
  name: "none" | "l2" | "dropout";
  lambd: number;
  keepProb: number;
  /** The cost at iterations 0, 1000, 2000, … */
  costs: number[];
  trainAccuracy: number;
  testAccuracy: number;
  /** The trained net's 0/1 predictions over the training set's grid (`src/figures/grid.ts`), by the course's `predict`. */
  boundary: (0 | 1)[];
}

const RUNS = [
  { name: "none", label: "no regularization", title: "without regularization", lambd: 0, keepProb: 1 },
  { name: "l2", label: "L2 (lambd = 0.7)", title: "with L2 regularization (lambd = 0.7)", lambd: 0.7, keepProb: 1 },
  { name: "dropout", label: "dropout (keepProb = 0.86)", title: "with dropout (keepProb = 0.86)", lambd: 0, keepProb: 0.86 },
] as const;

/**
 * Trains the `[n_x, 20, 3, 1]` net without regularization, with L2 and with dropout, using the
 * submission's graded functions for `numIterations` iterations each (the notebook: 30 000),
 * logging as the notebook prints. Each run goes through `attempt`; the runs that ran are returned
 * (the run without regularization uses the course's code alone).
 */
export function regularizationExperiment(
  submitted: RegularizationModule,
  log: (line: string) => void = console.log,
  numIterations = 30000,
  attempt: Attempt = RUN_ALL,
): RegularizationRun[] {
  const { trainX, trainY, testX, testY } = loadRegularizationData();
  const runs: RegularizationRun[] = [];
  for (const { name, label, title, lambd, keepProb } of RUNS) {
    const run = attempt(label, (): RegularizationRun => {
      log(`\n=== ${title} ===`);
      const { parameters, costs } = model(trainX, trainY, { learningRate: 0.3, numIterations, lambd, keepProb, functions: submitted, log });
      const trainAccuracy = predict(trainX, trainY, parameters).accuracy;
      const testAccuracy = predict(testX, testY, parameters).accuracy;
      log("On the training set:");
      log(`Accuracy: ${pythonFloat(trainAccuracy)}`);
      log("On the test set:");
      log(`Accuracy: ${pythonFloat(testAccuracy)}`);
      const boundary = predictGrid(trainX, (X, Y) => predict(X, Y, parameters));
      return { name, lambd, keepProb, costs, trainAccuracy, testAccuracy, boundary };
    });
    if (run) runs.push(run);
  }
  return runs;
}

/** The figure data of the runs that ran. */
function figureData(runs: readonly RegularizationRun[]): RegularizationFigureData {
  return { runs: runs.map((r) => trainedRun(r.name, RUNS.find((spec) => spec.name === r.name)!.label, r)) };
}

/** The Regularization notebook's experiment, as `dnn-autograder experiment regularization` runs it in the sandbox. */
export const experiment = defineExperiment(regularizationAssignment, {
  runs: RUNS.map((r) => r.label),
  run: (submitted, log, { attempt, length }) => figureData(regularizationExperiment(submitted, log, length, attempt)),
  figureSchema: regularizationFigureSchema,
  figures: regularizationFigures,
});
