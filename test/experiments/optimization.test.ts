/**
 * `experiment optimization` prints the notebook's logs: checked against numpy running the course's
 * code (test/data/optimization-training.py) for the first 1001 epochs of each of the seven runs.
 * The full 5000-epoch runs belong to the experiment itself (`dnn-autograder experiment optimization`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { reference } from "../../reference/week2/optimization";
import { optimizationExperiment, RUNS } from "../../src/experiments/optimization";

const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "optimization-training.json"), "utf8")).notebook as Record<
  string,
  { optimizer: string; learningRate: number; decay: string | null; lines: string[] }
>;
const NUMPY_RUNS = ["gd", "momentum", "adam", "gd-update-lr", "gd-schedule", "momentum-schedule", "adam-schedule"];

test("seven runs in the notebook's order, each logging its cost (and learning rate) at epochs 0 and 1000, then the accuracy", () => {
  const lines: string[] = [];
  const runs = optimizationExperiment(reference, (line) => lines.push(line), 1001);
  expect(runs.map((r) => [r.optimizer, r.learningRate, r.decay ?? null])).toEqual(
    NUMPY_RUNS.map((name) => [
      numpy[name].optimizer,
      numpy[name].learningRate,
      numpy[name].decay && { update_lr: "updateLr", schedule_lr_decay: "scheduleLrDecay" }[numpy[name].decay!],
    ]),
  );
  const blocks = ["", ...lines].join("\n").split("\n\n=== ").slice(1);
  expect(blocks).toHaveLength(RUNS.length);
  blocks.forEach((block, k) => {
    const [title, ...logged] = block.split("\n");
    expect(title).toContain(`optimizer="${RUNS[k].optimizer}"`);
    const perEpoch = RUNS[k].decay ? 2 : 1;
    expect(logged.slice(0, 2 * perEpoch)).toEqual(numpy[NUMPY_RUNS[k]].lines.slice(0, 2 * perEpoch));
    expect(logged[2 * perEpoch]).toBe(`Accuracy: ${String(runs[k].accuracy)}`);
    expect(logged).toHaveLength(2 * perEpoch + 1);
  });
  // Adam is ahead of gradient descent and momentum already after 1000 epochs.
  expect(runs[2].accuracy).toBeGreaterThan(runs[0].accuracy);
  expect(runs[2].accuracy).toBeGreaterThan(runs[1].accuracy);
});

test("numpy's notebook runs: Adam about 94%, gradient descent and momentum about 71%", () => {
  const accuracy = (name: string) => (numpy[name] as unknown as { accuracy: number }).accuracy;
  expect(accuracy("adam")).toBeCloseTo(0.9433, 3);
  expect(accuracy("gd")).toBeCloseTo(0.7167, 3);
  expect(accuracy("momentum")).toBeCloseTo(0.7167, 3);
});
