/**
 * The week 3 digits: 1080 / 120 real MNIST images of 0–5 from the `mnist` package, chosen and ordered
 * deterministically, flattened as columns and scaled to [0, 1].
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DIGIT_CLASSES, DIGIT_SIZE, loadDigitsData } from "../../src/datasets";
import { RandomState } from "../../src/random";

const data = loadDigitsData();
const column = (X: number[][], j: number) => X.map((row) => row[j]);
const packageImage = (digit: number, k: number): number[] => {
  const file = path.join(path.dirname(require.resolve("mnist/package.json")), "src", "digits", `${digit}.json`);
  const raw = (JSON.parse(fs.readFileSync(file, "utf8")) as { data: number[] }).data;
  return raw.slice(k * 784, (k + 1) * 784);
};

test("shapes: (784, 1080) and (784, 120), labels 0–5, 180 and 20 of each", () => {
  expect(DIGIT_SIZE * DIGIT_SIZE).toBe(784);
  expect(data.trainX).toHaveLength(784);
  expect(data.trainX.every((row) => row.length === 1080)).toBe(true);
  expect(data.testX.every((row) => row.length === 120)).toBe(true);
  for (const [labels, each] of [
    [data.trainLabels, 180],
    [data.testLabels, 20],
  ] as const) {
    const counts = new Array(DIGIT_CLASSES).fill(0);
    labels.forEach((c) => counts[c]++);
    expect(counts).toEqual(new Array(DIGIT_CLASSES).fill(each));
  }
});

test("pixels are grey levels in [0, 1], real images (neither blank nor saturated)", () => {
  const values = data.trainX.flat();
  expect(Math.min(...values.slice(0, 100000))).toBe(0);
  expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
  const inked = column(data.trainX, 0).filter((v) => v > 0.5).length;
  expect(inked).toBeGreaterThan(50);
  expect(inked).toBeLessThan(400);
});

test("selection and order: example j of the training set is image k of its class, k < 180, in permutation order", () => {
  const order = new RandomState(1).permutation(1080);
  for (const j of [0, 1, 539, 1079]) {
    const original = order[j];
    const digit = Math.floor(original / 180);
    expect(data.trainLabels[j]).toBe(digit);
    expect(column(data.trainX, j)).toEqual(packageImage(digit, original % 180));
  }
  const testOrder = new RandomState(2).permutation(120);
  const original = testOrder[7];
  expect(column(data.testX, 7)).toEqual(packageImage(Math.floor(original / 20), 180 + (original % 20)));
});

test("the order mixes the classes, so mini-batches of 32 taken in order hold several", () => {
  for (let start = 0; start < 1080; start += 32) {
    expect(new Set(data.trainLabels.slice(start, start + 32)).size).toBeGreaterThanOrEqual(4);
  }
});

test("deterministic: a second load is identical", () => {
  const again = loadDigitsData();
  expect(again.trainLabels).toEqual(data.trainLabels);
  expect(again.testX).toEqual(data.testX);
});

test("every example is its image as the package's whole file holds it (the loader parses only the part it needs)", () => {
  const whole = Array.from({ length: DIGIT_CLASSES }, (_, digit) => {
    const file = path.join(path.dirname(require.resolve("mnist/package.json")), "src", "digits", `${digit}.json`);
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { data: number[] }).data;
  });
  const image = (digit: number, k: number) => whole[digit].slice(k * 784, (k + 1) * 784);
  new RandomState(1).permutation(1080).forEach((original, j) => expect(column(data.trainX, j)).toEqual(image(Math.floor(original / 180), original % 180)));
  new RandomState(2).permutation(120).forEach((original, j) => expect(column(data.testX, j)).toEqual(image(Math.floor(original / 20), 180 + (original % 20))));
});
