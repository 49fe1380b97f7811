/**
 * The TensorFlow Introduction notebook's experiment: one-hot encode the digits' labels with the
 * submission's `oneHotMatrix`, then train the 3-layer net with its `initializeParameters`,
 * `forwardPropagation` and `computeTotalLoss` (`model`, Adam, learning rate 0.0001, mini-batches of 32)
 * for 100 epochs, printing the cost and accuracies every 10 epochs as the notebook does, and the time
 * per epoch at the end.
 *
 * TensorFlow.js is loaded when the experiment runs, not when the registry is read, so that other
 * commands do not pay for it.
 */
import type { Tensor, Tensor1D, Tensor2D } from "@tensorflow/tfjs-core";
import { tensorflowAssignment, type TensorflowModule } from "../contracts";
import { defineExperiment, RUN_ALL, type Attempt } from "./define";
import type { ModelResult } from "../course/week3/tensorflow";
import { DIGIT_CLASSES, loadDigitsData } from "../datasets";
import { formatShape } from "../np/check";
import { MAX_MISCLASSIFIED, tensorflowFigures, tensorflowFigureSchema, type TensorflowFigureData } from "../figures/tensorflow";
import { toWireList } from "../figures/wire-numbers";

type CourseCode = typeof import("../course/week3/tensorflow");
type Tf = (typeof import("../course/week3/tfjs"))["tf"];

/**
 * The TensorFlow experiment's outcome: the course `model`'s result plus the number of epochs and
 * the measured seconds per epoch.
 */
export interface TensorflowRun extends ModelResult {
  numEpochs: number;
  secondsPerEpoch: number;
  /** The first test digits (at most 24) the trained model gets wrong: their index and the class it predicted. */
  misclassified: { index: number; predicted: number }[];
}

/** The run's label. */
const LABEL = "TensorFlow model";

/** Test digits whose predicted class (argmax of the submission's logits) is not their label, up to `MAX_MISCLASSIFIED`. */
function misclassifiedDigits(tf: Tf, XTest: Tensor2D, labels: readonly number[], result: ModelResult, forward: TensorflowModule["forwardPropagation"]) {
  const predicted = tf.tidy(() => tf.argMax(forward(XTest, result.parameters) as Tensor2D, 0).dataSync());
  const wrong: { index: number; predicted: number }[] = [];
  for (let index = 0; index < labels.length && wrong.length < MAX_MISCLASSIFIED; index++) {
    if (predicted[index] !== labels[index]) wrong.push({ index, predicted: predicted[index] });
  }
  return wrong;
}

/** A `(rows, columns)` float32 tensor of `X` (filled row by row: faster than tfjs's reading of nested arrays). */
function matrixTensor(tf: Tf, X: number[][]): Tensor2D {
  const columns = X[0]?.length ?? 0;
  const values = new Float32Array(X.length * columns);
  X.forEach((row, i) => values.set(row, i * columns));
  return tf.tensor2d(values, [X.length, columns]);
}

/** The labels one-hot encoded by the submission, as columns `(C, m)`; each encoding must be `(C,)`. */
function oneHotColumns(tf: Tf, labels: number[], oneHotMatrix: TensorflowModule["oneHotMatrix"]): Tensor2D {
  const columns = labels.map((label): Tensor1D => {
    const encoded = oneHotMatrix(label, DIGIT_CLASSES) as Tensor;
    if (!(encoded instanceof tf.Tensor) || encoded.shape.join() !== String(DIGIT_CLASSES)) {
      const shape = encoded instanceof tf.Tensor ? `a tensor of shape ${formatShape(encoded.shape)}` : `a ${typeof encoded}`;
      throw new TypeError(`oneHotMatrix(${label}, ${DIGIT_CLASSES}) returned ${shape}; the experiment needs a 1-D tensor of length ${DIGIT_CLASSES}`);
    }
    return encoded as Tensor1D;
  });
  const Y = tf.tidy(() => tf.cast(tf.stack(columns, 1), "float32")) as Tensor2D;
  tf.dispose(columns);
  return Y;
}

/**
 * One-hot encodes the digits' labels with the submission's `oneHotMatrix` (`Y` `(6, m)`, `X`
 * `(784, m)`) and trains the course `model` with its functions for `numEpochs` epochs (the notebook:
 * 100), logging as the notebook prints, then lists the test digits it misclassifies. The run goes
 * through `attempt`; undefined when it did not run.
 */
export function tensorflowExperiment(
  submitted: TensorflowModule,
  log: (line: string) => void = console.log,
  numEpochs = 100,
  attempt: Attempt = RUN_ALL,
): TensorflowRun | undefined {
  return attempt(LABEL, () => trainModel(submitted, log, numEpochs));
}

function trainModel(submitted: TensorflowModule, log: (line: string) => void, numEpochs: number): TensorflowRun {
  const { tf } = require("../course/week3/tfjs") as { tf: Tf };
  const { model } = require("../course/week3/tensorflow") as CourseCode;
  const data = loadDigitsData();
  const XTrain = matrixTensor(tf, data.trainX);
  const XTest = matrixTensor(tf, data.testX);
  const YTrain = oneHotColumns(tf, data.trainLabels, submitted.oneHotMatrix);
  const YTest = oneHotColumns(tf, data.testLabels, submitted.oneHotMatrix);
  log(
    `Hand-written digits 0–5: X_train ${XTrain.shape.join("×")}, Y_train ${YTrain.shape.join("×")}, X_test ${XTest.shape.join("×")}, Y_test ${YTest.shape.join("×")}`,
  );
  log(`model(X_train, Y_train, X_test, Y_test, { learningRate: 0.0001, numEpochs: ${numEpochs}, minibatchSize: 32 })`);
  const started = performance.now();
  const result = model(XTrain, YTrain, XTest, YTest, {
    initializeParameters: submitted.initializeParameters,
    forwardPropagation: submitted.forwardPropagation,
    computeTotalLoss: submitted.computeTotalLoss,
    learningRate: 0.0001,
    numEpochs,
    minibatchSize: 32,
    log,
  });
  const secondsPerEpoch = (performance.now() - started) / 1000 / numEpochs;
  log(`${numEpochs} epochs, ${secondsPerEpoch.toFixed(2)} s per epoch`);
  const misclassified = misclassifiedDigits(tf, XTest, data.testLabels, result, submitted.forwardPropagation);
  tf.dispose([XTrain, XTest, YTrain, YTest]);
  return { ...result, numEpochs, secondsPerEpoch, misclassified };
}

/** The figure data of the run, if it ran. */
function figureData(run: TensorflowRun | undefined): TensorflowFigureData {
  if (!run) return { runs: [] };
  return {
    runs: [
      {
        label: LABEL,
        costs: toWireList(run.costs),
        trainAccuracy: toWireList(run.trainAcc),
        testAccuracy: toWireList(run.testAcc),
        misclassified: run.misclassified,
      },
    ],
  };
}

/** The TensorFlow Introduction notebook's experiment, as `dnn-autograder experiment tensorflow` runs it in the sandbox. */
export const experiment = defineExperiment(tensorflowAssignment, {
  runs: [LABEL],
  run: (submitted, log, { attempt, length }) => figureData(tensorflowExperiment(submitted, log, length, attempt)),
  figureSchema: tensorflowFigureSchema,
  figures: tensorflowFigures,
});
