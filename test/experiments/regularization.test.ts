import * as fs from "node:fs";
import * as path from "node:path";
import * as reference from "../../reference/week1/regularization";
import { regularizationExperiment } from "../../src/experiments/regularization";

// numpy's run of the notebook (test/data/regularization-training.py): the lines each run prints.
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "regularization-training.json"), "utf8")).runs;

/** The last-bit distance between two doubles of the same sign, in units of the larger one's ulp. */
function ulps(a: number, b: number): number {
  return Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(a), Math.abs(b)));
}

/** The number a `Cost after iteration i: cost` line prints. */
const costOf = (line: string) => Number(line.slice(line.indexOf(": ") + 2));

// The full run, 3 × 30 000 iterations (about 13 s): the lines numpy prints, in order.
const lines: string[] = [];
const runs = regularizationExperiment(reference, (line) => lines.push(line));
const printed = lines.filter((l) => l.startsWith("Cost after"));
const numpyLines = (["none", "l2", "dropout"] as const).flatMap((name) => numpy[name].notebook.lines as string[]);

test("three runs as the notebook prints them: the cost every 10 000 iterations, then train and test accuracy", () => {
  expect(runs.map((r) => [r.name, r.lambd, r.keepProb])).toEqual([
    ["none", 0, 1],
    ["l2", 0.7, 1],
    ["dropout", 0, 0.86],
  ]);
  expect(lines.filter((l) => l.startsWith("\n==="))).toEqual([
    "\n=== without regularization ===",
    "\n=== with L2 regularization (lambd = 0.7) ===",
    "\n=== with dropout (keepProb = 0.86) ===",
  ]);
  const layout = (title: string) => [
    title,
    "Cost after iteration 0: N",
    "Cost after iteration 10000: N",
    "Cost after iteration 20000: N",
    "On the training set:",
    "Accuracy: N",
    "On the test set:",
    "Accuracy: N",
  ];
  expect(lines.map((l) => l.replace(/: [-0-9.e]+$/, ": N"))).toEqual(lines.filter((l) => l.startsWith("\n===")).flatMap(layout));
});

test("every accuracy is numpy's, digit for digit", () => {
  const accuracies = lines.filter((l) => l.startsWith("Accuracy: ")).map((l) => l.slice(10));
  const expected = (["none", "l2", "dropout"] as const).flatMap((name) => [numpy[name].notebook.trainAccuracy, numpy[name].notebook.testAccuracy].map(String));
  expect(accuracies).toEqual(expected);
});

test("every cost line is numpy's: the same iterations, the first cost within one ulp, every cost within 5e-7", () => {
  expect(printed.map((l) => l.split(":")[0])).toEqual(numpyLines.map((l) => l.split(":")[0]));
  for (const [i, line] of printed.entries()) {
    const [got, want] = [costOf(line), costOf(numpyLines[i])];
    if (line.startsWith("Cost after iteration 0:")) expect(ulps(got, want)).toBeLessThanOrEqual(1);
    // The products round as numpy's do except for the fused multiply-adds of its BLAS; over 20 000
    // iterations that moves the L2 run's cost by 3.1e-7 (with V8's Math.log in the normals, the
    // initial weights differed and the cost ended 4.5e-5 away, after a ReLU unit crossed zero).
    expect(Math.abs(got - want)).toBeLessThan(5e-7);
  }
});

test("the notebook's story on this data (numpy, 30 000 iterations): L2 and dropout trade training accuracy for test accuracy", () => {
  const { none, l2, dropout } = numpy as Record<string, { notebook: { trainAccuracy: number; testAccuracy: number } }>;
  for (const regularized of [l2, dropout]) {
    expect(regularized.notebook.trainAccuracy).toBeLessThan(none.notebook.trainAccuracy);
    expect(regularized.notebook.testAccuracy).toBeGreaterThan(none.notebook.testAccuracy);
  }
});
