/**
 * Renders a vega-lite specification to SVG in the grading process: vega-lite compiles it to a vega
 * specification, and vega's headless view (`renderer: "none"`, no browser, no canvas) writes the SVG.
 * Never loaded in the sandbox.
 */
import type { TopLevelSpec } from "vega-lite";

/** The SVG document of `spec` (vega-lite), rendered without a browser. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vegaLite = require("vega-lite") as typeof import("vega-lite");
  const vega = require("vega") as typeof import("vega");
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
