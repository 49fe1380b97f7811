/**
 * The Regularization notebook's experiment: train the course's [2, 20, 3, 1] net on the
 * regularization data (src/datasets, 211 training and 200 test points) three times, as the notebook
 * does — without regularization, with L2 (`lambd = 0.7`) and with dropout (`keepProb = 0.86`), each
 * with learning rate 0.3 for 30 000 iterations — using a submission's graded functions, and log the
 * cost every 10 000 iterations and the train/test accuracy exactly as the notebook prints them.
 */
import { regularizationAssignment, type RegularizationModule } from "../contracts";
import { defineExperiment } from "./define";
import { pythonFloat } from "../course/format";
import { model, predict } from "../course/week1/regularization";
import { loadRegularizationData } from "../datasets";

/** One training run of the Regularization experiment: its name and hyperparameters, its recorded costs and accuracies. */
export interface RegularizationRun {
  name: "none" | "l2" | "dropout";
  lambd: number;
  keepProb: number;
  /** The cost at iterations 0, 1000, 2000, … */
  costs: number[];
  trainAccuracy: number;
  testAccuracy: number;
}

const RUNS = [
  { name: "none", title: "without regularization", lambd: 0, keepProb: 1 },
  { name: "l2", title: "with L2 regularization (lambd = 0.7)", lambd: 0.7, keepProb: 1 },
  { name: "dropout", title: "with dropout (keepProb = 0.86)", lambd: 0, keepProb: 0.86 },
] as const;

/**
 * Trains the `[n_x, 20, 3, 1]` net without regularization, with L2 and with dropout, using the
 * submission's graded functions for `numIterations` iterations each (the notebook: 30 000),
 * logging as the notebook prints.
 */
export function regularizationExperiment(
  submitted: RegularizationModule,
  log: (line: string) => void = console.log,
  numIterations = 30000,
): RegularizationRun[] {
  const { trainX, trainY, testX, testY } = loadRegularizationData();
  return RUNS.map(({ name, title, lambd, keepProb }) => {
    log(`\n=== ${title} ===`);
    const { parameters, costs } = model(trainX, trainY, { learningRate: 0.3, numIterations, lambd, keepProb, functions: submitted, log });
    const trainAccuracy = predict(trainX, trainY, parameters).accuracy;
    const testAccuracy = predict(testX, testY, parameters).accuracy;
    log("On the training set:");
    log(`Accuracy: ${pythonFloat(trainAccuracy)}`);
    log("On the test set:");
    log(`Accuracy: ${pythonFloat(testAccuracy)}`);
    return { name, lambd, keepProb, costs, trainAccuracy, testAccuracy };
  });
}

/** The Regularization notebook's experiment, as `dnn-autograder experiment regularization` runs it in the sandbox. */
export const experiment = defineExperiment(regularizationAssignment, regularizationExperiment);
