/**
 * The Initialization experiment logs like the notebook, on whatever functions it is given.
 */
import * as reference from "../../reference/week1/initialization";
import { initializationExperiment } from "../../src/experiments/initialization";

test("logs the cost every 1000 iterations and the accuracies, as the notebook prints them", () => {
  const lines: string[] = [];
  const runs = initializationExperiment(reference, (line) => lines.push(line), 2000);
  expect(runs.map((r) => r.initialization)).toEqual(["zeros", "random", "he"]);
  const he = lines.slice(lines.indexOf("\n=== he initialization (initializeParametersHe) ==="));
  // The notebook's first He line, digit for digit.
  expect(he[1]).toBe("Cost after iteration 0: 0.8830537463419761");
  expect(he[2]).toMatch(/^Cost after iteration 1000: 0\.\d+$/);
  expect(he.slice(3)).toEqual([
    "On the train set:",
    expect.stringMatching(/^Accuracy: 0\.\d+$/),
    "On the test set:",
    expect.stringMatching(/^Accuracy: 0\.\d+$/),
  ]);
  const zeros = runs[0];
  expect(zeros.costs[0]).toBe(0.6931471805599453);
  expect(zeros.trainAccuracy).toBe(0.5);
  expect(zeros.testAccuracy).toBe(0.5);
  expect(lines).toContain("Cost after iteration 0: inf");
});

test("uses the functions it is given, not the reference's", () => {
  const calls: number[][] = [];
  const spy = {
    ...reference,
    initializeParametersHe: (dims: number[]) => {
      calls.push(dims);
      return reference.initializeParametersHe(dims);
    },
  };
  initializationExperiment(spy, () => undefined, 1);
  expect(calls).toEqual([[2, 10, 5, 1]]);
});
