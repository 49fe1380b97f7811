/**
 * The TensorFlow experiment's figures: the model's cost, its train and test accuracy, and a grid of
 * the test digits it misclassified (the images taken from the grading process's own copy of the data
 * set; only their indices and the predicted classes cross from the sandbox).
 */
import { DIGIT_CLASSES, DIGIT_SIZE, loadDigitsData } from "../datasets";
import { integer, LABEL, listOf, objectOf, wireNumbers, type Schema } from "./data-schema";
import { curveFigure } from "./curves";
import { digitGridFigure } from "./digit-grid";
import type { Figure } from "./figure";
import { MalformedFigureData } from "./malformed";
import type { WireNumber } from "./wire-numbers";

/** Epochs between two recorded costs and accuracies (the course model's). */
export const TENSORFLOW_RECORD_EVERY = 10;
/** The most misclassified digits the grid shows. */
export const MAX_MISCLASSIFIED = 24;

/** The model's run as its figures need it. */
export interface TensorflowFigureRun {
  label: string;
  costs: WireNumber[];
  trainAccuracy: WireNumber[];
  testAccuracy: WireNumber[];
  /** Test digits the trained model gets wrong (at most `MAX_MISCLASSIFIED`): the index among the test images and the class it predicted. */
  misclassified: { index: number; predicted: number }[];
}

/** What the sandboxed TensorFlow experiment sends back: the model's run, if it ran. */
export interface TensorflowFigureData {
  runs: TensorflowFigureRun[];
}

/** The schema of `TensorflowFigureData`. */
export const tensorflowFigureSchema: Schema = objectOf({
  runs: listOf(
    objectOf({
      label: LABEL,
      costs: wireNumbers(),
      trainAccuracy: wireNumbers(),
      testAccuracy: wireNumbers(),
      misclassified: listOf(objectOf({ index: integer(0, 1_000_000), predicted: integer(0, DIGIT_CLASSES - 1) }), MAX_MISCLASSIFIED),
    }),
    1,
  ),
});

const perEpoch = (values: readonly WireNumber[]) => values.map((y, k) => ({ x: k * TENSORFLOW_RECORD_EVERY, y }));

/** The cost, the accuracies and the misclassified digits (the grid only when there are some). */
export function tensorflowFigures(data: TensorflowFigureData): Figure[] {
  if (data.runs.length === 0) return [];
  const run = data.runs[0];
  const { testX, testLabels } = loadDigitsData();
  const tiles = run.misclassified.map(({ index, predicted }, k) => {
    if (index >= testLabels.length) throw new MalformedFigureData(`runs/0/misclassified/${k}/index: ${index} is past the ${testLabels.length} test images`);
    return { index, label: testLabels[index], predicted, pixels: testX.map((row) => row[index]) };
  });
  const figures = [
    curveFigure({
      id: "tensorflow-costs",
      title: `${run.label}: cost per epoch`,
      x: "epoch",
      y: "cost",
      curves: [{ label: run.label, points: perEpoch(run.costs) }],
    }),
    curveFigure({
      id: "tensorflow-accuracy",
      title: `${run.label}: accuracy per epoch`,
      x: "epoch",
      y: "accuracy",
      curves: [
        { label: "train", points: perEpoch(run.trainAccuracy) },
        { label: "test", points: perEpoch(run.testAccuracy) },
      ],
    }),
  ];
  if (tiles.length > 0) {
    figures.push(digitGridFigure("tensorflow-misclassified", "Misclassified test digits (label → predicted)", tiles, DIGIT_SIZE));
  }
  return figures;
}
