/**
 * The figures of an experiment that trains the course's net on a 2-D data set several ways
 * (Initialization: zeros, random, He; Regularization: none, L2, dropout): every run's cost on one
 * chart, and a decision boundary over the training set per run, as the notebooks plot them.
 */
import type { Matrix } from "../np/matrix";
import { bits, LABEL, listOf, NUMBER, objectOf, wireNumbers, type Schema } from "./data-schema";
import { boundaryFigure } from "./decision-boundary";
import { curveFigure } from "./curves";
import type { Figure } from "./figure";
import { GRID_SIZE } from "./grid";
import { distinctIds } from "./malformed";
import { toWireList, type WireNumber } from "./wire-numbers";

/** One trained run as its figures need it. */
export interface TrainedRun<Id extends string> {
  id: Id;
  label: string;
  /** The cost at iterations 0, 1000, 2000, … */
  costs: WireNumber[];
  trainAccuracy: number;
  testAccuracy: number;
  /** The trained net's 0/1 predictions over the training set's grid (`grid.ts`). */
  boundary: (0 | 1)[];
}

/** A run's figure data from what its training measured: the costs put on the wire (NaN and ±Infinity as text). */
export function trainedRun<Id extends string>(
  id: Id,
  label: string,
  run: { costs: readonly number[]; trainAccuracy: number; testAccuracy: number; boundary: (0 | 1)[] },
): TrainedRun<Id> {
  return { id, label, costs: toWireList(run.costs), trainAccuracy: run.trainAccuracy, testAccuracy: run.testAccuracy, boundary: run.boundary };
}

/** What the sandboxed experiment sends back: the runs that ran. */
export interface TrainedRunsData<Id extends string> {
  runs: TrainedRun<Id>[];
}

/** The schema of `TrainedRunsData` for the runs `ids`. */
export function trainedRunsSchema(ids: readonly string[]): Schema {
  return objectOf({
    runs: listOf(
      objectOf({
        id: { enum: [...ids] },
        label: LABEL,
        costs: wireNumbers(),
        trainAccuracy: NUMBER,
        testAccuracy: NUMBER,
        boundary: bits(GRID_SIZE * GRID_SIZE),
      }),
      ids.length,
    ),
  });
}

/** How an experiment names and titles its figures. */
export interface TrainedRunsStyle {
  /** The experiment's name: figures are `<name>-costs` and `<name>-boundary-<run id>`. */
  name: string;
  /** The cost chart's title. */
  costTitle: string;
  /** A boundary's title before its accuracies, from the run's label. */
  boundaryTitle(label: string): string;
  /** The training set the boundaries are drawn over: `X` of shape (2, m), `Y` of shape (1, m). */
  train(): { X: Matrix; Y: Matrix };
}

/** The cost chart and a decision boundary per run; nothing when no run ran. */
export function trainedRunsFigures<Id extends string>(data: TrainedRunsData<Id>, style: TrainedRunsStyle): Figure[] {
  distinctIds(data.runs);
  if (data.runs.length === 0) return [];
  const train = style.train();
  const costs = curveFigure({
    id: `${style.name}-costs`,
    title: style.costTitle,
    x: "iteration",
    y: "cost",
    curves: data.runs.map((run) => ({ label: run.label, points: run.costs.map((y, k) => ({ x: k * 1000, y })) })),
  });
  const boundaries = data.runs.map((run) =>
    boundaryFigure({
      id: `${style.name}-boundary-${run.id}`,
      title: `${style.boundaryTitle(run.label)} (train accuracy ${run.trainAccuracy.toFixed(3)}, test ${run.testAccuracy.toFixed(3)})`,
      X: train.X,
      Y: train.Y,
      predictions: run.boundary,
    }),
  );
  return [costs, ...boundaries];
}
