/**
 * The Initialization experiment's figures: the zeros, random and He runs' costs on one chart, and a
 * decision boundary over the circles (the training set) per run, as the notebook plots them.
 */
import { loadInitializationData } from "../datasets";
import { bits, LABEL, listOf, NUMBER, objectOf, wireNumbers, type Schema } from "./data-schema";
import { boundaryFigure } from "./decision-boundary";
import { curveFigure } from "./curves";
import type { Figure } from "./figure";
import { GRID_SIZE } from "./grid";
import { distinctIds } from "./malformed";
import type { WireNumber } from "./wire-numbers";

/** The ids of the Initialization experiment's runs (also in file names). */
export const INITIALIZATION_RUN_IDS = ["zeros", "random", "he"] as const;

/** One run of the Initialization experiment as its figures need it. */
export interface InitializationFigureRun {
  id: (typeof INITIALIZATION_RUN_IDS)[number];
  label: string;
  /** The cost at iterations 0, 1000, 2000, … */
  costs: WireNumber[];
  trainAccuracy: number;
  testAccuracy: number;
  /** The trained net's 0/1 predictions over the training set's grid (`grid.ts`). */
  boundary: (0 | 1)[];
}

/** What the sandboxed Initialization experiment sends back: the runs that ran. */
export interface InitializationFigureData {
  runs: InitializationFigureRun[];
}

/** The schema of `InitializationFigureData`. */
export const initializationFigureSchema: Schema = objectOf({
  runs: listOf(
    objectOf({
      id: { enum: [...INITIALIZATION_RUN_IDS] },
      label: LABEL,
      costs: wireNumbers(),
      trainAccuracy: NUMBER,
      testAccuracy: NUMBER,
      boundary: bits(GRID_SIZE * GRID_SIZE),
    }),
    INITIALIZATION_RUN_IDS.length,
  ),
});

/** The cost chart and a decision boundary per run. */
export function initializationFigures(data: InitializationFigureData): Figure[] {
  distinctIds(data.runs);
  const { trainX, trainY } = loadInitializationData();
  const costs = curveFigure({
    id: "initialization-costs",
    title: "Cost per iteration, by initialization (learning rate 0.01)",
    x: "iteration",
    y: "cost",
    curves: data.runs.map((run) => ({ label: run.label, points: run.costs.map((y, k) => ({ x: k * 1000, y })) })),
  });
  const boundaries = data.runs.map((run) =>
    boundaryFigure({
      id: `initialization-boundary-${run.id}`,
      title: `${run.label} initialization (train accuracy ${run.trainAccuracy.toFixed(3)}, test ${run.testAccuracy.toFixed(3)})`,
      X: trainX,
      Y: trainY,
      predictions: run.boundary,
    }),
  );
  return data.runs.length === 0 ? [] : [costs, ...boundaries];
}
