/**
 * The Batch Normalization experiment's figures: per learning rate, the cost of every epoch with and
 * without batch norm, each seed a curve.
 */
import { BOOLEAN, integer, LABEL, listOf, objectOf, wireNumbers, type Schema } from "./data-schema";
import { curveFigure } from "./curves";
import type { Figure } from "./figure";
import type { WireNumber } from "./wire-numbers";

/** The most runs the experiment makes (learning rates × with/without × seeds, with room to spare). */
const MAX_RUNS = 24;

/** One run of the Batch Normalization experiment as its figures need it. */
export interface BatchNormFigureRun {
  label: string;
  learningRate: number;
  batchnorm: boolean;
  seed: number;
  /** The cost of every epoch. */
  costs: WireNumber[];
}

/** What the sandboxed Batch Normalization experiment sends back: the runs that ran. */
export interface BatchNormFigureData {
  runs: BatchNormFigureRun[];
}

/** The schema of `BatchNormFigureData`. */
export const batchNormFigureSchema: Schema = objectOf({
  runs: listOf(
    objectOf({
      label: LABEL,
      learningRate: { type: "number", exclusiveMinimum: 0, maximum: 1000 },
      batchnorm: BOOLEAN,
      seed: integer(0, 2 ** 32 - 1),
      costs: wireNumbers(),
    }),
    MAX_RUNS,
  ),
});

/** One cost chart per learning rate (in the runs' order), file `batch-norm-costs-lr-RATE`. */
export function batchNormFigures(data: BatchNormFigureData): Figure[] {
  const rates = [...new Set(data.runs.map((r) => r.learningRate))];
  return rates.map((rate) =>
    curveFigure({
      id: `batch-norm-costs-lr-${String(rate)}`,
      title: `Cost per epoch at learning rate ${rate}, with and without batch norm`,
      x: "epoch",
      y: "cost",
      curves: data.runs.filter((r) => r.learningRate === rate).map((r) => ({ label: r.label, points: r.costs.map((y, k) => ({ x: k, y })) })),
    }),
  );
}
