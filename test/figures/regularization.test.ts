import * as reference from "../../reference/week1/regularization";
import { renderExperiment } from "./experiment-figures";
import { expectSvgShowing } from "./svg-check";

test("the three runs' costs on one chart and a decision boundary per run over the training set", async () => {
  const { figures, svgs } = await renderExperiment("regularization", reference, 1001);
  expect(figures.map((f) => f.id)).toEqual([
    "regularization-costs",
    "regularization-boundary-none",
    "regularization-boundary-l2",
    "regularization-boundary-dropout",
  ]);
  expectSvgShowing(svgs["regularization-costs"], ["no regularization", "L2 (lambd = 0.7)", "dropout (keepProb = 0.86)"]);
  expect(figures[2].table.filter((r) => r.kind === "point")).toHaveLength(211);
  expect(figures[2].title).toMatch(/^L2 \(lambd = 0\.7\) \(train accuracy/);
});
