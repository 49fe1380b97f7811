/**
 * A vega-lite chart rendered to SVG in Node, with vega's headless SVG renderer (no browser, no canvas),
 * for the class index's score histogram.
 */
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** The SVG text of the vega-lite `spec` (its data inline: nothing is loaded). */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
