/**
 * The Optimization experiment's figures: gradient descent, momentum and Adam's costs on one chart,
 * the runs with learning-rate decay on another, the decayed learning rates, and a decision boundary
 * over the moons per run, as the notebook plots them.
 */
import { loadOptimizationData } from "../datasets";
import { BOOLEAN, bits, LABEL, listOf, NUMBER, objectOf, wireNumbers, type Schema } from "./data-schema";
import { boundaryFigure } from "./decision-boundary";
import { curveFigure } from "./curves";
import type { Figure } from "./figure";
import { GRID_SIZE } from "./grid";
import { distinctIds } from "./malformed";
import type { WireNumber } from "./wire-numbers";

/** The ids of the Optimization experiment's runs, in the notebook's order (also in file names). */
export const OPTIMIZATION_RUN_IDS = ["gd", "momentum", "adam", "gd-update-lr", "gd-schedule", "momentum-schedule", "adam-schedule"] as const;

/** Epochs between two recorded costs (and learning rates). */
export const OPTIMIZATION_RECORD_EVERY = 100;

/** One run of the Optimization experiment as its figures need it. */
export interface OptimizationFigureRun {
  id: (typeof OPTIMIZATION_RUN_IDS)[number];
  label: string;
  decay: boolean;
  /** The epoch's cost at epochs 0, 100, 200, … */
  costs: WireNumber[];
  /** With a decay: the learning rate set after epochs 0, 100, 200, …; empty without. */
  learningRates: WireNumber[];
  accuracy: number;
  /** The trained net's 0/1 predictions over the moons' grid (`grid.ts`). */
  boundary: (0 | 1)[];
}

/** What the sandboxed Optimization experiment sends back: the runs that ran. */
export interface OptimizationFigureData {
  runs: OptimizationFigureRun[];
}

/** The schema of `OptimizationFigureData`. */
export const optimizationFigureSchema: Schema = objectOf({
  runs: listOf(
    objectOf({
      id: { enum: [...OPTIMIZATION_RUN_IDS] },
      label: LABEL,
      decay: BOOLEAN,
      costs: wireNumbers(),
      learningRates: wireNumbers(),
      accuracy: NUMBER,
      boundary: bits(GRID_SIZE * GRID_SIZE),
    }),
    OPTIMIZATION_RUN_IDS.length,
  ),
});

const perEpoch = (values: readonly WireNumber[]) => values.map((y, k) => ({ x: k * OPTIMIZATION_RECORD_EVERY, y }));

/** The cost charts (without and with decay), the learning rates under decay and a decision boundary per run; a chart with no run is left out. */
export function optimizationFigures(data: OptimizationFigureData): Figure[] {
  distinctIds(data.runs);
  const { X, Y } = loadOptimizationData();
  const plain = data.runs.filter((r) => !r.decay);
  const decayed = data.runs.filter((r) => r.decay);
  const figures: Figure[] = [];
  if (plain.length > 0) {
    figures.push(
      curveFigure({
        id: "optimization-costs",
        title: "Cost per epoch: gradient descent, momentum, Adam (learning rate 0.0007)",
        x: "epoch",
        y: "cost",
        curves: plain.map((r) => ({ label: r.label, points: perEpoch(r.costs) })),
      }),
    );
  }
  if (decayed.length > 0) {
    figures.push(
      curveFigure({
        id: "optimization-costs-decay",
        title: "Cost per epoch with learning-rate decay",
        x: "epoch",
        y: "cost",
        curves: decayed.map((r) => ({ label: r.label, points: perEpoch(r.costs) })),
      }),
      curveFigure({
        id: "optimization-learning-rate",
        title: "Learning rate under decay",
        x: "epoch",
        y: "learning rate",
        yScale: "log",
        curves: decayed.map((r) => ({ label: r.label, points: perEpoch(r.learningRates) })),
      }),
    );
  }
  for (const r of data.runs) {
    figures.push(
      boundaryFigure({ id: `optimization-boundary-${r.id}`, title: `${r.label} (accuracy ${r.accuracy.toFixed(3)})`, X, Y, predictions: r.boundary }),
    );
  }
  return figures;
}
