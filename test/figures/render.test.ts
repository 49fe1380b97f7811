/**
 * vega-lite charts rendered to SVG in Node by vega's headless renderer: an SVG document with one mark
 * per datum, and no script and no link to anything outside itself.
 */
import { renderSvg } from "../../src/figures/render";

test("a bar chart: an SVG document with a bar per datum, its title and axis titles, nothing external", async () => {
  const svg = await renderSvg({
    title: "runs",
    data: {
      values: [
        { run: "gd", cost: 0.6 },
        { run: "momentum", cost: 0.5 },
        { run: "adam", cost: 0.2 },
      ],
    },
    mark: "bar",
    encoding: { x: { field: "run", type: "nominal" }, y: { field: "cost", type: "quantitative", title: "final cost" } },
  });
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg.match(/<path [^>]*aria-roledescription="bar"/g)).toHaveLength(3);
  expect(svg).toContain(">runs</text>");
  expect(svg).toContain(">final cost</text>");
  expect(svg).not.toMatch(/<script|\bon\w+=|href="(?!#)/i);
});
