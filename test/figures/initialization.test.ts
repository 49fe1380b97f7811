import * as reference from "../../reference/week1/initialization";
import { renderExperiment } from "./experiment-figures";
import { expectSvgShowing } from "./svg-check";

test("the runs' costs on one chart and a decision boundary per run over the circles", async () => {
  const { figures, svgs } = await renderExperiment("initialization", reference, 1001);
  expect(figures.map((f) => f.id)).toEqual([
    "initialization-costs",
    "initialization-boundary-zeros",
    "initialization-boundary-random",
    "initialization-boundary-he",
  ]);
  expectSvgShowing(svgs["initialization-costs"], ["zeros", "random", "He", "iteration", "cost"]);
  expect(figures[0].table.filter((r) => r.run === "random").map((r) => r.cost)[0]).toBe("Infinity");
  expectSvgShowing(svgs["initialization-boundary-he"], ["x1", "x2"]);
  expect(figures[3].title).toMatch(/^He initialization \(train accuracy 0\.\d{3}, test 0\.\d{3}\)$/);
  // The circles' 300 training points.
  expect(figures[3].table.filter((r) => r.kind === "point")).toHaveLength(300);
});
