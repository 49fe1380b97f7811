/**
 * Figure data comes from the sandbox: the grading process draws nothing from data that does not follow
 * the experiment's schema, and cleans every string it draws.
 */
import { findExperiment } from "../../src/experiments/registry";
import { figuresOf } from "../../src/figures/figure-check";
import { GRID_SIZE } from "../../src/figures/grid";

const initialization = findExperiment("initialization");
const run = (extra: Record<string, unknown> = {}) => ({
  id: "he",
  label: "He",
  costs: [0.9, 0.5],
  trainAccuracy: 0.99,
  testAccuracy: 0.96,
  boundary: new Array(GRID_SIZE * GRID_SIZE).fill(0),
  ...extra,
});
const refused = (experiment: ReturnType<typeof findExperiment>, data: unknown) => {
  const result = figuresOf(experiment, data);
  if (result.ok) throw new Error("accepted");
  return result.message;
};

test("well-formed data gives figures", () => {
  const result = figuresOf(initialization, { runs: [run()] });
  expect(result.ok && result.figures.map((f) => f.id)).toEqual(["initialization-costs", "initialization-boundary-he"]);
});

test.each([
  ["not an object", "figures", "/: must be object"],
  ["an unknown property", { runs: [], extra: 1 }, "/: must NOT have additional properties"],
  ["an unknown run id (a file name)", { runs: [run({ id: "../../etc/passwd" })] }, "/runs/0/id: must be equal to one of the allowed values"],
  ["a boundary of the wrong size", { runs: [run({ boundary: [0, 1] })] }, `/runs/0/boundary: must NOT have fewer than ${GRID_SIZE * GRID_SIZE} items`],
  [
    "a boundary that is not 0/1",
    { runs: [run({ boundary: new Array(GRID_SIZE * GRID_SIZE).fill(0.5) })] },
    "/runs/0/boundary/0: must be equal to one of the allowed values",
  ],
  ["a cost that is text", { runs: [run({ costs: ["0.5"] })] }, "/runs/0/costs/0: must be number"],
  ["too many runs", { runs: [run(), run(), run(), run()] }, "/runs: must NOT have more than 3 items"],
  ["an oversized label", { runs: [run({ label: "x".repeat(201) })] }, "/runs/0/label: must NOT have more than 200 characters"],
  ["an oversized curve", { runs: [run({ costs: new Array(100_001).fill(0) })] }, "/runs/0/costs: must NOT have more than 100000 items"],
])("refused: %s", (_what, data, message) => {
  expect(refused(initialization, data)).toBe(message);
});

test("data the schema admits but the figures cannot draw is refused too, naming the field", () => {
  expect(refused(initialization, { runs: [run(), run()] })).toBe('runs/1/id: "he" appears twice');
  const tensorflow = findExperiment("tensorflow");
  const forged = { runs: [{ label: "m", costs: [], trainAccuracy: [], testAccuracy: [], misclassified: [{ index: 5000, predicted: 1 }] }] };
  expect(refused(tensorflow, forged)).toBe("runs/0/misclassified/0/index: 5000 is past the 120 test images");
});

test("labels are cleaned of control characters and escape sequences before they are drawn", () => {
  const result = figuresOf(initialization, { runs: [run({ label: "\u001b[31mHe\u202e\r" })] });
  if (!result.ok) throw new Error(result.message);
  expect(result.figures[0].table[0].run).toBe("He");
  expect(result.figures[1].title).toMatch(/^He initialization/);
});
