/**
 * The Regularization experiment's figures: the runs without regularization, with L2 and with dropout on one chart, and a
 * decision boundary over the training set per run, as the notebook plots them.
 */
import { loadRegularizationData } from "../datasets";
import { bits, LABEL, listOf, NUMBER, objectOf, wireNumbers, type Schema } from "./data-schema";
import { boundaryFigure } from "./decision-boundary";
import { curveFigure } from "./curves";
import type { Figure } from "./figure";
import { GRID_SIZE } from "./grid";
import { distinctIds } from "./malformed";
import type { WireNumber } from "./wire-numbers";

/** The ids of the Regularization experiment's runs (also in file names). */
export const REGULARIZATION_RUN_IDS = ["none", "l2", "dropout"] as const;

/** One run of the Regularization experiment as its figures need it. */
export interface RegularizationFigureRun {
  id: (typeof REGULARIZATION_RUN_IDS)[number];
  label: string;
  /** The cost at iterations 0, 1000, 2000, … */
  costs: WireNumber[];
  trainAccuracy: number;
  testAccuracy: number;
  /** The trained net's 0/1 predictions over the training set's grid (`grid.ts`). */
  boundary: (0 | 1)[];
}

/** What the sandboxed Regularization experiment sends back: the runs that ran. */
export interface RegularizationFigureData {
  runs: RegularizationFigureRun[];
}

/** The schema of `RegularizationFigureData`. */
export const regularizationFigureSchema: Schema = objectOf({
  runs: listOf(
    objectOf({
      id: { enum: [...REGULARIZATION_RUN_IDS] },
      label: LABEL,
      costs: wireNumbers(),
      trainAccuracy: NUMBER,
      testAccuracy: NUMBER,
      boundary: bits(GRID_SIZE * GRID_SIZE),
    }),
    REGULARIZATION_RUN_IDS.length,
  ),
});

/** The cost chart and a decision boundary per run. */
export function regularizationFigures(data: RegularizationFigureData): Figure[] {
  distinctIds(data.runs);
  const { trainX, trainY } = loadRegularizationData();
  const costs = curveFigure({
    id: "regularization-costs",
    title: "Cost per iteration, without regularization, with L2 and with dropout (learning rate 0.3)",
    x: "iteration",
    y: "cost",
    curves: data.runs.map((run) => ({ label: run.label, points: run.costs.map((y, k) => ({ x: k * 1000, y })) })),
  });
  const boundaries = data.runs.map((run) =>
    boundaryFigure({
      id: `regularization-boundary-${run.id}`,
      title: `${run.label} (train accuracy ${run.trainAccuracy.toFixed(3)}, test ${run.testAccuracy.toFixed(3)})`,
      X: trainX,
      Y: trainY,
      predictions: run.boundary,
    }),
  );
  return data.runs.length === 0 ? [] : [costs, ...boundaries];
}
