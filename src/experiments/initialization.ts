/**
 * The Initialization notebook's experiment: train the course's 3-layer net on the circles with
 * the zeros, large random and He initializers of a submission, logging the cost every 1000
 * iterations and the train/test accuracy exactly as the notebook prints them.
 */
import { initializationAssignment, type InitializationModule } from "../contracts";
import { defineExperiment } from "./define";
import { model, predict } from "../course/week1/initialization";
import { pythonFloat } from "../course/format";
import { loadInitializationData } from "../datasets";

/**
 * One training run of the Initialization experiment: which of the submission's initializers, its costs
 * (every 1000 iterations) and accuracies.
 */
export interface InitializationRun {
  initialization: "zeros" | "random" | "he";
  costs: number[];
  trainAccuracy: number;
  testAccuracy: number;
}

const RUNS = [
  ["zeros", "initializeParametersZeros"],
  ["random", "initializeParametersRandom"],
  ["he", "initializeParametersHe"],
] as const;

/**
 * Trains the 3-layer net `[n_x, 10, 5, 1]` on the circles for `numIterations` iterations (the notebook:
 * 15 000) with each of the submission's initializers in turn, logging as the notebook prints.
 */
export function initializationExperiment(
  submitted: InitializationModule,
  log: (line: string) => void = console.log,
  numIterations = 15000,
): InitializationRun[] {
  const { trainX, trainY, testX, testY } = loadInitializationData();
  return RUNS.map(([initialization, fn]) => {
    log(`\n=== ${initialization} initialization (${fn}) ===`);
    // The notebook's initializers take only layersDims; ours default to the course's seed.
    const { parameters, costs } = model(trainX, trainY, { initialization: (dims) => submitted[fn](dims), numIterations, log });
    const trainAccuracy = predict(trainX, trainY, parameters).accuracy;
    const testAccuracy = predict(testX, testY, parameters).accuracy;
    log("On the train set:");
    log(`Accuracy: ${pythonFloat(trainAccuracy)}`);
    log("On the test set:");
    log(`Accuracy: ${pythonFloat(testAccuracy)}`);
    return { initialization, costs, trainAccuracy, testAccuracy };
  });
}

/** The Initialization notebook's experiment, as `dnn-autograder experiment initialization` runs it in the sandbox. */
export const experiment = defineExperiment(initializationAssignment, initializationExperiment);
