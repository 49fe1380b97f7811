import { curveFigure } from "../../src/figures/curves";
import { renderSvg } from "../../src/figures/render";
import { expectSvgShowing } from "./svg-check";

const chart = {
  id: "costs",
  title: "Cost per iteration",
  x: "iteration",
  y: "cost",
  curves: [
    { label: "zeros", points: [0, 1, 2].map((k) => ({ x: k * 1000, y: 0.69 })) },
    {
      label: "random",
      points: [
        { x: 0, y: "Infinity" as const },
        { x: 1000, y: 0.62 },
        { x: 2000, y: 0.4 },
      ],
    },
    { label: "He", points: [0, 1, 2].map((k) => ({ x: k * 1000, y: 0.88 - k * 0.2 })) },
  ],
};

test("several runs on one chart: a valid SVG with the title, the axes and every run's label in the legend", async () => {
  const figure = curveFigure(chart);
  expectSvgShowing(await renderSvg(figure.spec), ["Cost per iteration", "iteration", "cost", "zeros", "random", "He"]);
});

test("the table keeps every point as measured (a non-finite cost spelled out); the chart leaves it out", () => {
  const figure = curveFigure(chart);
  expect(figure.table).toHaveLength(9);
  expect(figure.table[3]).toEqual({ run: "random", iteration: 0, cost: "Infinity" });
  const values = (figure.spec as { data: { values: Record<string, unknown>[] } }).data.values;
  expect(values[3]).toEqual({ run: "random", iteration: 0, cost: null });
});

test("a log scale for values spanning decades", () => {
  const figure = curveFigure({ ...chart, yScale: "log" });
  expect(JSON.stringify(figure.spec)).toContain('"type":"log"');
});
