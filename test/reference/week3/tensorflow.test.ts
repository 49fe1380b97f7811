/**
 * The answer key reproduces the notebook's values (docs/course.md, "Week 3 — TensorFlow") in float32, agrees
 * with a float64 computation in src/np, and leaves no tensor allocated but its results.
 */
import type { Tensor, Tensor2D } from "@tensorflow/tfjs-core";
import { computeTotalLoss, forwardPropagation, initializeParameters, linearFunction, oneHotMatrix, sigmoid } from "../../../reference/week3/tensorflow";
import { INPUTS } from "../../../reference/week3/tensorflow.inputs";
import { tf } from "../../../src/course/week3/tfjs";
import * as np from "../../../src/np";
import type { Matrix } from "../../../src/np";

// float32 carries about 7 significant digits; the notebook prints 8.
const FLOAT32 = { atol: 1e-6, rtol: 1e-6 };

/** `make()` under a tensor count: it must leave exactly `kept` tensors (its result) allocated. */
function counted<T>(kept: number, make: () => T): T {
  const before = tf.memory().numTensors;
  const result = make();
  expect(tf.memory().numTensors - before).toBe(kept);
  return result;
}

test("linearFunction: W·X + b from RandomState(1) is the notebook's Y, float32 (4, 1)", () => {
  const Y = counted(1, linearFunction);
  expect(Y.dtype).toBe("float32");
  expect(Y).toBeCloseToArray([[-2.15657382], [2.95891446], [-1.08926781], [-0.84538042]], FLOAT32);
});

test("sigmoid: the notebook's values, as float32 tensors whatever the input", () => {
  expect(counted(1, () => sigmoid(-1)).dataSync()[0]).toBeCloseTo(0.26894143, 7);
  expect(counted(1, () => sigmoid(12)).dataSync()[0]).toBeCloseTo(0.9999939, 7);
  const ints = tf.tensor([-1, 0, 12], undefined, "int32");
  const s = counted(1, () => sigmoid(ints));
  expect(s.dtype).toBe("float32");
  expect(s).toBeCloseToArray([0.26894143, 0.5, 0.9999939], FLOAT32);
  expect(ints.dtype).toBe("int32");
});

test("oneHotMatrix: label 1 with depth 4, the default depth 6, a scalar tensor label", () => {
  expect(counted(1, () => oneHotMatrix(1, 4)).arraySync()).toEqual([0, 1, 0, 0]);
  expect(oneHotMatrix(5).arraySync()).toEqual([0, 0, 0, 0, 0, 1]);
  expect(oneHotMatrix(tf.scalar(2, "int32")).shape).toEqual([6]);
});

test("initializeParameters: six trainable float32 variables of the course's shapes, seeded", () => {
  const p = counted(6, () => initializeParameters([784, 25, 12, 6]));
  expect(Object.keys(p)).toEqual(["W1", "b1", "W2", "b2", "W3", "b3"]);
  expect(Object.values(p).map((v) => v.shape)).toEqual([
    [25, 784],
    [25, 1],
    [12, 25],
    [12, 1],
    [6, 12],
    [6, 1],
  ]);
  for (const v of Object.values(p)) {
    expect(v).toBeInstanceOf(tf.Variable);
    expect(v.trainable).toBe(true);
    expect(v.dtype).toBe("float32");
  }
  const again = initializeParameters([784, 25, 12, 6]);
  expect(again.W2.dataSync()).toEqual(p.W2.dataSync());
  expect(initializeParameters([784, 25, 12, 6], 2).W2.dataSync()).not.toEqual(p.W2.dataSync());
});

/** The forward pass in float64 with src/np. */
function forwardFloat64(X: Matrix, p: Record<string, Matrix>): Matrix {
  const A1 = np.maximum(0, np.add(np.dot(p.W1, X), p.b1));
  const A2 = np.maximum(0, np.add(np.dot(p.W2, A1), p.b2));
  return np.add(np.dot(p.W3, A2), p.b3);
}

test("forwardPropagation: Z3 agrees with a float64 forward pass, and from variables", () => {
  const [X, parameters] = INPUTS.forwardInputs([12, 25, 12, 6], 5, 1) as [Matrix, Record<string, Matrix>];
  const variables = Object.fromEntries(Object.entries(parameters).map(([k, m]) => [k, tf.variable(tf.tensor2d(m))]));
  const Xt = tf.tensor2d(X);
  const Z3 = counted(1, () => forwardPropagation(Xt, variables) as Tensor);
  expect(Z3.shape).toEqual([6, 5]);
  expect(Z3).toBeCloseToArray(forwardFloat64(X, parameters), { atol: 1e-5, rtol: 1e-5 });
});

/** Σ over columns of −log softmax(logits)[label], in float64. */
function lossFloat64(logits: Matrix, labels: Matrix): number {
  let total = 0;
  for (let j = 0; j < logits[0].length; j++) {
    const column = logits.map((row) => row[j]);
    const max = Math.max(...column);
    const logSum = max + Math.log(column.reduce((s, z) => s + Math.exp(z - max), 0));
    total += labels.reduce((s, row, i) => s + row[j] * (logSum - column[i]), 0);
  }
  return total;
}

test("computeTotalLoss: 3·ln 3 on the identity case, and the float64 sum on random logits", () => {
  const uniform = tf.tensor2d([
    [1, 0, 0],
    [1, 0, 0],
    [1, 0, 0],
  ]);
  const eye = tf.eye(3) as Tensor2D;
  const identity = counted(1, () => computeTotalLoss(uniform, eye));
  expect(identity.shape).toEqual([]);
  expect(identity.dataSync()[0]).toBeCloseTo(3 * Math.log(3), 6);
  const [logits, labels] = INPUTS.logitsAndLabels(6, 9, 4) as [Matrix, Matrix];
  // One-hot columns: each example has exactly one class.
  expect(labels[0].map((_, j) => labels.reduce((s, row) => s + row[j], 0))).toEqual(new Array(9).fill(1));
  const loss = computeTotalLoss(tf.tensor2d(logits), tf.tensor2d(labels)).dataSync()[0];
  expect(loss).toBeCloseTo(lossFloat64(logits, labels), 4);
});
