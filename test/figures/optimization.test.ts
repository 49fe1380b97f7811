import { reference } from "../../reference/week2/optimization";
import { renderExperiment } from "./experiment-figures";
import { expectSvgShowing } from "./svg-check";

test("costs without and with decay, the decayed learning rates, and a boundary over the moons per run", async () => {
  const { figures, svgs } = await renderExperiment("optimization", reference, 201);
  expect(figures.map((f) => f.id)).toEqual([
    "optimization-costs",
    "optimization-costs-decay",
    "optimization-learning-rate",
    ...["gd", "momentum", "adam", "gd-update-lr", "gd-schedule", "momentum-schedule", "adam-schedule"].map((id) => `optimization-boundary-${id}`),
  ]);
  expectSvgShowing(svgs["optimization-costs"], ["gd", "momentum", "Adam"]);
  const decayed = ["gd, updateLr", "gd, scheduleLrDecay", "momentum, scheduleLrDecay", "Adam, scheduleLrDecay"];
  expectSvgShowing(svgs["optimization-costs-decay"], decayed);
  expectSvgShowing(svgs["optimization-learning-rate"], [...decayed, "learning rate"]);
  // updateLr: 0.1 / (1 + epoch) after epochs 0, 100, 200.
  const rates = figures[2].table.filter((r) => r.run === "gd, updateLr").map((r) => r["learning rate"]);
  expect(rates).toHaveLength(3);
  [1, 101, 201].forEach((d, k) => expect(rates[k]).toBeCloseTo(0.1 / d, 15));
});
