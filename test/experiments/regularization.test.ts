import * as fs from "node:fs";
import * as path from "node:path";
import * as reference from "../../reference/week1/regularization";
import { regularizationExperiment } from "../../src/experiments/regularization";

// numpy's run of the notebook (test/data/regularization-training.py): the first line each run prints.
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "regularization-training.json"), "utf8")).runs;

test("three runs as the notebook prints them: the cost every 10 000 iterations, then train and test accuracy", () => {
  const lines: string[] = [];
  const runs = regularizationExperiment(reference, (line) => lines.push(line), 1);
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
  expect(lines.filter((l) => l.startsWith("Cost after"))).toEqual([numpy.none.notebook.lines[0], numpy.l2.notebook.lines[0], numpy.dropout.notebook.lines[0]]);
  const accuracies = lines.filter((l) => l.startsWith("Accuracy: ")).map((l) => Number(l.slice(10)));
  expect(accuracies).toEqual(runs.flatMap((r) => [r.trainAccuracy, r.testAccuracy]));
  expect(lines.slice(2, 6)).toEqual(["On the training set:", `Accuracy: ${runs[0].trainAccuracy}`, "On the test set:", `Accuracy: ${runs[0].testAccuracy}`]);
});

test("the notebook's story on this data (numpy, 30 000 iterations): L2 and dropout trade training accuracy for test accuracy", () => {
  const { none, l2, dropout } = numpy as Record<string, { notebook: { trainAccuracy: number; testAccuracy: number } }>;
  for (const regularized of [l2, dropout]) {
    expect(regularized.notebook.trainAccuracy).toBeLessThan(none.notebook.trainAccuracy);
    expect(regularized.notebook.testAccuracy).toBeGreaterThan(none.notebook.testAccuracy);
  }
});
