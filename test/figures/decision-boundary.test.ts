import { boundaryFigure } from "../../src/figures/decision-boundary";
import { gridColumns, gridFor } from "../../src/figures/grid";
import { renderSvg } from "../../src/figures/render";
import { expectSvgShowing } from "./svg-check";

const X = [
  [0, 1, 2, 3],
  [0, 1, 0, 1],
];
const Y = [[0, 1, 0, 1]];
const [x1] = gridColumns(gridFor(X));
const predictions = x1.map((v) => (v > 1.5 ? 1 : 0));

test("a valid SVG titled with the run, its cells merged along rows, its points drawn", async () => {
  const figure = boundaryFigure({ id: "b", title: "He initialization (train accuracy 0.990)", X, Y, predictions });
  const svg = await renderSvg(figure.spec);
  expectSvgShowing(svg, ["He initialization (train accuracy 0.990)", "x1", "x2", "class"]);
  // 60 rows of two segments each, not 3600 cells.
  const layer = (figure.spec as { layer: { data: { values: unknown[] } }[] }).layer;
  expect(layer[0].data.values).toHaveLength(120);
  expect(layer[1].data.values).toHaveLength(4);
});

test("the table holds every cell's prediction and every point with its label", () => {
  const figure = boundaryFigure({ id: "b", title: "t", X, Y, predictions });
  expect(figure.table.filter((r) => r.kind === "prediction")).toHaveLength(3600);
  expect(figure.table.filter((r) => r.kind === "point")).toEqual([
    { kind: "point", x1: 0, x2: 0, class: 0 },
    { kind: "point", x1: 1, x2: 1, class: 1 },
    { kind: "point", x1: 2, x2: 0, class: 0 },
    { kind: "point", x1: 3, x2: 1, class: 1 },
  ]);
});
