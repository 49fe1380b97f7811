/**
 * The code the TensorFlow Introduction notebook provides, not graded: its `model()` (Adam on
 * mini-batches of the 3-layer net, taking the graded functions as arguments) and the helpers it
 * needs, in TensorFlow.js. Course layout: `X` is `(n_x, m)` and `Y` one-hot `(C, m)`, examples as columns.
 */
import type { Scalar, Tensor, Tensor2D, Variable } from "@tensorflow/tfjs-core";
import type { TensorflowModule, TfParameters } from "../../contracts/week3/tensorflow";
import { pythonFloat } from "../format";
import { percentF } from "../week2/percent-f";
import { tf } from "./tfjs";

/**
 * numpy's text for a float32 number: the fewest significant digits that read back as the same
 * float32 (numpy prints `tf.Tensor(0.32870373, shape=(), dtype=float32)`, not the float64 digits).
 */
export function float32Repr(x: number): string {
  const f = Math.fround(x);
  if (!Number.isFinite(f) || f === 0) return pythonFloat(f);
  for (let p = 1; p <= 9; p++) {
    const shortest = Number(f.toPrecision(p));
    if (Math.fround(shortest) === f) return pythonFloat(shortest);
  }
  return pythonFloat(f);
}

/** How TensorFlow prints a float32 scalar tensor: `tf.Tensor(0.9, shape=(), dtype=float32)`. */
export function scalarTensorText(x: number): string {
  return `tf.Tensor(${float32Repr(x)}, shape=(), dtype=float32)`;
}

/**
 * The number of columns whose largest entry is in the same row in `Z` (logits) and `Y` (one-hot),
 * as `tf.keras.metrics.CategoricalAccuracy` counts them (argmax, first index on ties). Both `(C, m)`.
 */
export function countCorrect(Z: Tensor2D, Y: Tensor2D): number {
  return tf.tidy(() => tf.sum(tf.cast(tf.equal(tf.argMax(Z, 0), tf.argMax(Y, 0)), "float32")).dataSync()[0]);
}

/** The graded functions `model` trains with. */
export type ModelFunctions = Pick<TensorflowModule, "initializeParameters" | "forwardPropagation" | "computeTotalLoss">;

/**
 * Options of the TensorFlow notebook's `model`: the three graded functions it trains with, and the
 * notebook's hyperparameters (defaults: learning rate 0.0001, 1500 epochs, mini-batches of 32).
 */
export interface ModelOptions extends ModelFunctions {
  learningRate?: number;
  numEpochs?: number;
  minibatchSize?: number;
  /** Log the cost and accuracies every 10 epochs (they are recorded either way). */
  printCost?: boolean;
  log?: (line: string) => void;
}

/**
 * What the TensorFlow notebook's `model` returns: the trained variables and, every 10
 * epochs, the cost and the accuracies.
 */
export interface ModelResult {
  parameters: TfParameters;
  /** The epoch cost (total loss / m) at epochs 0, 10, 20, … */
  costs: number[];
  /** Train accuracy over each of those epochs (counted on the mini-batches before each update), as float32. */
  trainAcc: number[];
  /** Test accuracy after each of those epochs, as float32. */
  testAcc: number[];
}

/** The trainable variables of `parameters`, with a clear error for a parameter that is not one. */
function trainableVariables(parameters: TfParameters): Variable[] {
  return ["W1", "b1", "W2", "b2", "W3", "b3"].map((key) => {
    const p = parameters[key] as unknown;
    if (!(p instanceof tf.Variable)) {
      const what = p instanceof tf.Tensor ? "a constant tensor" : p === undefined ? "missing" : `a ${typeof p}`;
      throw new TypeError(`model: initializeParameters returned ${key} as ${what}; the optimizer trains tf.Variable parameters (tf.variable(…))`);
    }
    return p;
  });
}

/** The columns of `X` and `Y` cut in order into mini-batches of `minibatchSize` (the last may be smaller). */
export function minibatches(X: Tensor2D, Y: Tensor2D, minibatchSize: number): { X: Tensor2D; Y: Tensor2D }[] {
  return tf.tidy(() => {
    // Columns of a row-major tensor are scattered; transposed once, the examples are rows and each
    // mini-batch is one block of the transposed values, read once (a backend's slice may read the
    // whole tensor for every slice: the WebAssembly backend does).
    const rowsOf = (T: Tensor2D) => {
      const values = tf.transpose(T).dataSync() as Float32Array;
      return (start: number, size: number) =>
        tf.keep(tf.transpose(tf.tensor2d(values.subarray(start * T.shape[0], (start + size) * T.shape[0]), [size, T.shape[0]], T.dtype)));
    };
    const xRows = rowsOf(X);
    const yRows = rowsOf(Y);
    const batches: { X: Tensor2D; Y: Tensor2D }[] = [];
    for (let start = 0; start < X.shape[1]; start += minibatchSize) {
      const size = Math.min(minibatchSize, X.shape[1] - start);
      batches.push({ X: xRows(start, size), Y: yRows(start, size) });
    }
    return batches;
  });
}

/** Correct predictions of `forwardPropagation` over mini-batches. */
function correctOn(batches: { X: Tensor2D; Y: Tensor2D }[], parameters: TfParameters, forwardPropagation: ModelFunctions["forwardPropagation"]): number {
  let correct = 0;
  for (const { X, Y } of batches) correct += tf.tidy(() => countCorrect(forwardPropagation(X, parameters), Y));
  return correct;
}

/**
 * The notebook's `model`: `numEpochs` epochs of Adam (`tf.train.adam(learningRate)`, β1 0.9,
 * β2 0.999, ε 1e-7 as Keras) on the net `initializeParameters([n_x, 25, 12, 6])`, over mini-batches
 * of `minibatchSize` columns taken in order (cut once, no shuffle, as `dataset.batch`). Each step
 * differentiates `computeTotalLoss(forwardPropagation(X_batch), Y_batch)` with respect to the six
 * variables; the epoch cost is the sum of the mini-batch totals divided by m (in float32, like the
 * course's tensors). Every 10 epochs it records, and prints like the notebook, the cost, the train
 * accuracy of that epoch and the test accuracy.
 */
export function model(XTrain: Tensor2D, YTrain: Tensor2D, XTest: Tensor2D, YTest: Tensor2D, options: ModelOptions): ModelResult {
  const { initializeParameters, forwardPropagation, computeTotalLoss } = options;
  const { learningRate = 0.0001, numEpochs = 1500, minibatchSize = 32, printCost = true, log = console.log } = options;
  const m = XTrain.shape[1];
  const parameters = initializeParameters([XTrain.shape[0], 25, 12, YTrain.shape[0]]);
  const variables = trainableVariables(parameters);
  const optimizer = tf.train.adam(learningRate);
  const result: ModelResult = { parameters, costs: [], trainAcc: [], testAcc: [] };
  const trainBatches = minibatches(XTrain, YTrain, minibatchSize);
  const testBatches = minibatches(XTest, YTest, minibatchSize);
  for (let epoch = 0; epoch < numEpochs; epoch++) {
    // The cost and the train accuracy are read back only in the epochs that record them (every 10th):
    // the other epochs' values were never shown, and reading them costs a read per step.
    const recording = epoch % 10 === 0;
    let epochTotalLoss = 0;
    let trainCorrect = 0;
    for (const { X, Y } of trainBatches) {
      if (!recording) {
        tf.tidy(() => {
          const { grads } = tf.variableGrads(() => computeTotalLoss(forwardPropagation(X, parameters), Y) as Scalar, variables);
          optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
        });
        continue;
      }
      tf.tidy(() => {
        let Z3: Tensor | undefined;
        const { value, grads } = tf.variableGrads(() => {
          Z3 = tf.keep(forwardPropagation(X, parameters));
          return computeTotalLoss(Z3 as Tensor2D, Y) as Scalar;
        }, variables);
        trainCorrect += countCorrect(Z3 as Tensor2D, Y);
        (Z3 as Tensor).dispose();
        optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
        // The course adds float32 tensors: the running total is float32.
        epochTotalLoss = Math.fround(epochTotalLoss + value.dataSync()[0]);
      });
    }
    epochTotalLoss = Math.fround(epochTotalLoss / m);
    if (recording) {
      const trainAccuracy = Math.fround(trainCorrect / m);
      const testAccuracy = Math.fround(correctOn(testBatches, parameters, forwardPropagation) / XTest.shape[1]);
      if (printCost) {
        log(`Cost after epoch ${epoch}: ${percentF(epochTotalLoss)}`);
        log(`Train accuracy: ${scalarTensorText(trainAccuracy)}`);
        log(`Test_accuracy: ${scalarTensorText(testAccuracy)}`);
      }
      result.costs.push(epochTotalLoss);
      result.trainAcc.push(trainAccuracy);
      result.testAcc.push(testAccuracy);
    }
  }
  optimizer.dispose();
  for (const batch of [...trainBatches, ...testBatches]) tf.dispose([batch.X, batch.Y]);
  return result;
}
