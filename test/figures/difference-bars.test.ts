import { differenceFigure } from "../../src/figures/difference-bars";
import { renderSvg } from "../../src/figures/render";
import { expectSvgShowing } from "./svg-check";

const checks = [
  { label: "1-D check", difference: 7.8e-11, shouldFail: false },
  { label: "N-D check of backwardPropagationN", difference: 0.285, shouldFail: true },
  { label: "N-D check of backwardPropagationNCorrected", difference: 0, shouldFail: false },
];

test("a valid SVG naming every check, on a log scale with the threshold", async () => {
  const figure = differenceFigure("d", "Gradient checks", checks, 2e-7);
  expectSvgShowing(await renderSvg(figure.spec), ["Gradient checks", ...checks.map((c) => c.label), "the course expects"]);
});

test("a difference of 0 stays in the table but has no point on the log scale", () => {
  const figure = differenceFigure("d", "t", checks, 2e-7);
  expect(figure.table.map((r) => r.difference)).toEqual([7.8e-11, 0.285, 0]);
  const points = (figure.spec as { layer: { data: { values: unknown[] } }[] }).layer[0].data.values;
  expect(points).toHaveLength(2);
});
