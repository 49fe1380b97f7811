/**
 * `experiment tensorflow` one-hot encodes the digits with the submission's `oneHotMatrix` and trains
 * its functions, logging like the notebook. (The full 100 epochs belong to the experiment itself.)
 */
import type { Tensor } from "@tensorflow/tfjs-core";
import * as reference from "../../reference/week3/tensorflow";
import { tf } from "../../src/course/week3/tfjs";
import { tensorflowExperiment } from "../../src/experiments/tensorflow";

test("one epoch on the reference: the header, the notebook's three lines, the time per epoch; no tensor left", () => {
  const lines: string[] = [];
  const before = tf.memory().numTensors;
  const run = tensorflowExperiment(reference, (line) => lines.push(line), 1);
  // Only the trained parameters stay.
  expect(tf.memory().numTensors - before).toBe(6);
  expect(lines[0]).toBe("Hand-written digits 0–5: X_train 784×1080, Y_train 6×1080, X_test 784×120, Y_test 6×120");
  expect(lines.slice(2, 5)).toEqual([
    expect.stringMatching(/^Cost after epoch 0: 1\.\d{6}$/),
    expect.stringMatching(/^Train accuracy: tf\.Tensor\(0\.\d+, shape=\(\), dtype=float32\)$/),
    expect.stringMatching(/^Test_accuracy: tf\.Tensor\(0\.\d+, shape=\(\), dtype=float32\)$/),
  ]);
  expect(lines[5]).toMatch(/^1 epochs, \d+\.\d\d s per epoch$/);
  expect(run?.costs).toHaveLength(1);
  expect(run?.secondsPerEpoch).toBeGreaterThan(0);
});

test("a oneHotMatrix of the wrong shape stops the experiment with a clear message", () => {
  const row = (label: number, C = 6) => tf.tidy(() => tf.oneHot(tf.tensor1d([label], "int32"), C)) as Tensor as never;
  expect(() => tensorflowExperiment({ ...reference, oneHotMatrix: row }, () => undefined, 1)).toThrow(
    /^oneHotMatrix\(\d, 6\) returned a tensor of shape \(1, 6\); the experiment needs a 1-D tensor of length 6$/,
  );
});
