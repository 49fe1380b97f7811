/**
 * The TensorFlow notebook's provided code: its printing (numpy's float32 text), accuracy counting,
 * mini-batch slicing, and `model` training the answer key's functions on part of the digits.
 */
import type { Tensor2D } from "@tensorflow/tfjs-core";
import * as reference from "../../../reference/week3/tensorflow";
import { countCorrect, float32Repr, minibatches, model, scalarTensorText } from "../../../src/course/week3/tensorflow";
import { tf } from "../../../src/course/week3/tfjs";
import { loadDigitsData } from "../../../src/datasets";

test("float32 numbers print as numpy prints them", () => {
  // str(np.float32(x)) for these x, from numpy 2.
  const numpy: [number, string][] = [
    [355 / 1080, "0.3287037"],
    [53 / 120, "0.44166666"],
    [1, "1.0"],
    [0.15, "0.15"],
    [1 / 3, "0.33333334"],
    [1e-5, "1e-05"],
    [0, "0.0"],
    [12345.678, "12345.678"],
  ];
  for (const [x, text] of numpy) expect(float32Repr(x)).toBe(text);
  expect(scalarTensorText(0.15)).toBe("tf.Tensor(0.15, shape=(), dtype=float32)");
});

test("countCorrect compares the argmax of each column (first index on ties)", () => {
  const Z = tf.tensor2d([
    [0.1, 3, 2, 1],
    [0.9, 1, 2, 0],
    [0.5, 0, 0, 1],
  ]);
  const Y = tf.tensor2d([
    [0, 1, 1, 0],
    [1, 0, 0, 0],
    [0, 0, 0, 1],
  ]);
  // Column 3 ties rows 0 and 2: argmax picks row 0, the label is row 2.
  expect(countCorrect(Z, Y)).toBe(3);
});

test("minibatches cuts the columns in order, the last batch smaller", () => {
  const X = tf.tensor2d([
    [1, 2, 3, 4, 5],
    [6, 7, 8, 9, 10],
  ]);
  const Y = tf.tensor2d([
    [1, 0, 0, 1, 0],
    [0, 1, 1, 0, 1],
  ]);
  const batches = minibatches(X, Y, 2);
  expect(batches.map((b) => b.X.arraySync())).toEqual([
    [
      [1, 2],
      [6, 7],
    ],
    [
      [3, 4],
      [8, 9],
    ],
    [[5], [10]],
  ]);
  expect(batches.map((b) => b.Y.arraySync())).toEqual([
    [
      [1, 0],
      [0, 1],
    ],
    [
      [0, 1],
      [1, 0],
    ],
    [[0], [1]],
  ]);
});

describe("model on 160 training digits", () => {
  const data = loadDigitsData();
  const columns = (X: number[][], n: number) => X.map((row) => row.slice(0, n));
  const oneHot = (labels: number[]) => tf.tidy(() => tf.transpose(tf.oneHot(tf.tensor1d(labels, "int32"), 6, 1, 0, "float32"))) as Tensor2D;
  const XTrain = tf.tensor2d(columns(data.trainX, 160));
  const YTrain = oneHot(data.trainLabels.slice(0, 160));
  const XTest = tf.tensor2d(data.testX);
  const YTest = oneHot(data.testLabels);

  test("prints like the notebook every 10 epochs, learns, and keeps only the parameters", () => {
    const lines: string[] = [];
    const before = tf.memory().numTensors;
    const result = model(XTrain, YTrain, XTest, YTest, { ...reference, learningRate: 0.003, numEpochs: 21, log: (line) => lines.push(line) });
    expect(tf.memory().numTensors - before).toBe(6);
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^Cost after epoch 0: \d\.\d{6}$/);
    expect(lines[1]).toMatch(/^Train accuracy: tf\.Tensor\(0\.\d+, shape=\(\), dtype=float32\)$/);
    expect(lines[2]).toMatch(/^Test_accuracy: tf\.Tensor\(0\.\d+, shape=\(\), dtype=float32\)$/);
    expect(lines[6]).toMatch(/^Cost after epoch 20: /);
    expect(result.costs).toHaveLength(3);
    expect(result.costs[2]).toBeLessThan(result.costs[0] / 2);
    // Chance is 1/6.
    expect(result.trainAcc[2]).toBeGreaterThan(0.8);
    expect(result.testAcc[2]).toBeGreaterThan(0.6);
    expect(Object.keys(result.parameters)).toEqual(["W1", "b1", "W2", "b2", "W3", "b3"]);
  });

  test("the epoch cost is the summed loss over m, before each update", () => {
    const [cost] = model(XTrain, YTrain, XTest, YTest, { ...reference, learningRate: 0, numEpochs: 1, printCost: false }).costs;
    const parameters = reference.initializeParameters([784, 25, 12, 6]);
    const total = reference.computeTotalLoss(reference.forwardPropagation(XTrain, parameters), YTrain).dataSync()[0];
    expect(cost).toBeCloseTo(total / 160, 5);
  });

  test("refuses parameters that are not variables, naming the parameter", () => {
    const constants = (dims: number[]) => {
      const p = reference.initializeParameters(dims);
      return { ...p, b2: tf.clone(p.b2) } as never;
    };
    expect(() => model(XTrain, YTrain, XTest, YTest, { ...reference, initializeParameters: constants, numEpochs: 1, printCost: false })).toThrow(
      "model: initializeParameters returned b2 as a constant tensor; the optimizer trains tf.Variable parameters (tf.variable(…))",
    );
  });
});
