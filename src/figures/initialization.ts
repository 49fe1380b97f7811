/**
 * The Initialization experiment's figures: the zeros, random and He runs' costs on one chart, and a
 * decision boundary over the circles (the training set) per run, as the notebook plots them.
 */
import { loadInitializationData } from "../datasets";
import type { Figure } from "./figure";
import { trainedRunsFigures, trainedRunsSchema, type TrainedRun, type TrainedRunsData } from "./trained-runs";
import type { Schema } from "./data-schema";

/** The ids of the Initialization experiment's runs (also in file names). */
export const INITIALIZATION_RUN_IDS = ["zeros", "random", "he"] as const;

/** One run of the Initialization experiment as its figures need it. */
export type InitializationFigureRun = TrainedRun<(typeof INITIALIZATION_RUN_IDS)[number]>;

/** What the sandboxed Initialization experiment sends back: the runs that ran. */
export type InitializationFigureData = TrainedRunsData<(typeof INITIALIZATION_RUN_IDS)[number]>;

/** The schema of `InitializationFigureData`. */
export const initializationFigureSchema: Schema = trainedRunsSchema(INITIALIZATION_RUN_IDS);

/** The cost chart and a decision boundary per run. */
export function initializationFigures(data: InitializationFigureData): Figure[] {
  return trainedRunsFigures(data, {
    name: "initialization",
    costTitle: "Cost per iteration, by initialization (learning rate 0.01)",
    boundaryTitle: (label) => `${label} initialization`,
    train: () => {
      const { trainX, trainY } = loadInitializationData();
      return { X: trainX, Y: trainY };
    },
  });
}
