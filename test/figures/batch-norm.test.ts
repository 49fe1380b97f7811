import * as reference from "../../reference/week3/batch-norm";
import { renderExperiment } from "./experiment-figures";
import { expectSvgShowing } from "./svg-check";

test("a cost chart per learning rate, with and without batch norm, a curve per seed", async () => {
  const { figures, svgs } = await renderExperiment("batch-norm", reference, 3);
  expect(figures.map((f) => f.id)).toEqual(["batch-norm-costs-lr-0.1", "batch-norm-costs-lr-3"]);
  expectSvgShowing(
    svgs["batch-norm-costs-lr-3"],
    [1, 2, 3].flatMap((seed) => [`lr 3.0, without batch norm, seed ${seed}`, `lr 3.0, with batch norm, seed ${seed}`]),
  );
  expect(figures[0].table.filter((r) => r.run === "lr 0.1, with batch norm, seed 2").map((r) => r.epoch)).toEqual([0, 1, 2]);
});
