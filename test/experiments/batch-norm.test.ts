/**
 * `experiment batch-norm` shows the lecture's claims on the reference's layer: batch norm brings the
 * cost down in fewer epochs, and trains at the 30× higher learning rate where the plain net stalls.
 * (The experiment itself runs 200 epochs; 40 are enough to see both here.)
 */
import * as reference from "../../reference/week3/batch-norm";
import { batchNormExperiment, LEARNING_RATES, SEEDS } from "../../src/experiments/batch-norm";

const lines: string[] = [];
const runs = batchNormExperiment(reference, (line) => lines.push(line), 40);
const of = (learningRate: number, batchnorm: boolean) => runs.filter((r) => r.learningRate === learningRate && r.batchnorm === batchnorm);

test("every learning rate with and without batch norm, for every seed", () => {
  expect(runs).toHaveLength(LEARNING_RATES.length * 2 * SEEDS.length);
  expect(lines).toContain("\n=== learning rate 0.1, without batch norm (seed 1) ===");
  expect(lines).toContain("Cost after epoch 20: 0.301283");
  expect(lines.filter((l) => /^Train accuracy: 0\.\d+, test accuracy: 0\.\d+$/.test(l))).toHaveLength(4);
  expect(lines.slice(-4).map((l) => l.split(":")[0])).toEqual([
    "lr 0.1, without batch norm",
    "lr 0.1, with batch norm",
    "lr 3.0, without batch norm",
    "lr 3.0, with batch norm",
  ]);
});

test("with batch norm the cost falls below 0.2 sooner, at either learning rate", () => {
  const [low, high] = LEARNING_RATES;
  for (const run of of(low, true)) expect(run.epochsToTarget).toBeGreaterThanOrEqual(0);
  for (const run of of(low, false)) expect(run.epochsToTarget).toBe(-1);
  for (const run of of(high, true)) {
    expect(run.epochsToTarget).toBeGreaterThanOrEqual(0);
    expect(run.epochsToTarget).toBeLessThan(15);
    expect(run.testAccuracy).toBeGreaterThan(0.9);
  }
  for (const run of of(high, false)) expect(Math.min(...run.costs.slice(-10))).toBeGreaterThan(0.3);
});
