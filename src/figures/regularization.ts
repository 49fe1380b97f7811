/**
 * The Regularization experiment's figures: the runs without regularization, with L2 and with dropout
 * on one chart, and a decision boundary over the training set per run, as the notebook plots them.
 */
import { loadRegularizationData } from "../datasets";
import type { Figure } from "./figure";
import { trainedRunsFigures, trainedRunsSchema, type TrainedRun, type TrainedRunsData } from "./trained-runs";
import type { Schema } from "./data-schema";

/** The ids of the Regularization experiment's runs (also in file names). */
export const REGULARIZATION_RUN_IDS = ["none", "l2", "dropout"] as const;

/** One run of the Regularization experiment as its figures need it. */
export type RegularizationFigureRun = TrainedRun<(typeof REGULARIZATION_RUN_IDS)[number]>;

/** What the sandboxed Regularization experiment sends back: the runs that ran. */
export type RegularizationFigureData = TrainedRunsData<(typeof REGULARIZATION_RUN_IDS)[number]>;

/** The schema of `RegularizationFigureData`. */
export const regularizationFigureSchema: Schema = trainedRunsSchema(REGULARIZATION_RUN_IDS);

/** The cost chart and a decision boundary per run. */
export function regularizationFigures(data: RegularizationFigureData): Figure[] {
  return trainedRunsFigures(data, {
    name: "regularization",
    costTitle: "Cost per iteration, without regularization, with L2 and with dropout (learning rate 0.3)",
    boundaryTitle: (label) => label,
    train: () => {
      const { trainX, trainY } = loadRegularizationData();
      return { X: trainX, Y: trainY };
    },
  });
}
