/**
 * The figures a report embeds: every `*.svg` directly in a folder (as `experiment NAME --out DIR` writes
 * them), each placed as an image from a `data:` URL. A browser shows an SVG image without running its
 * scripts or event handlers and without loading anything it links to, so a figure cannot act on the
 * page or reach the network, whatever the file holds.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../../../errors";
import { cleanLine } from "../../clean-text";
import { html, type Html } from "./template";

/** One figure: its file's name (cleaned text) and the SVG's bytes. */
export interface Figure {
  name: string;
  svg: Buffer;
}

/** The largest figure file embedded, in bytes. */
export const MAX_FIGURE_BYTES = 8 * 1024 * 1024;

/**
 * The `*.svg` files directly in `dir`, by name. A missing folder, a file that is not SVG or one larger
 * than `MAX_FIGURE_BYTES` is the user's mistake, named as `option`.
 */
export function readFigures(dir: string, option = "--figures"): Figure[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UserInputError(`${option} ${dir}: no such folder (expected a folder of .svg figures, as \`experiment NAME --out DIR\` writes them)`);
  }
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".svg"))
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const file = path.join(dir, name);
    const size = fs.statSync(file).size;
    if (size > MAX_FIGURE_BYTES) {
      throw new UserInputError(`${option} ${dir}: ${name} is ${size} bytes; expected an SVG figure of at most ${MAX_FIGURE_BYTES} bytes`);
    }
    const svg = fs.readFileSync(file);
    if (!/<svg[\s>]/.test(svg.subarray(0, 4096).toString("utf8"))) {
      throw new UserInputError(`${option} ${dir}: ${name} is not an SVG image (expected an <svg> element near its start)`);
    }
    return { name: cleanLine(name, 200), svg };
  });
}

/** An `<img>` showing `svg` from a base64 `data:` URL (see the module comment), with `alt` text. */
export function svgImage(svg: Buffer | string, alt: string, className = "figure"): Html {
  const data = (typeof svg === "string" ? Buffer.from(svg, "utf8") : svg).toString("base64");
  return html`<img class="${className}" alt="${alt}" src="data:image/svg+xml;base64,${data}" />`;
}

/** A figure as the report shows it: the image and its file name as the caption. */
export function figureBlock(figure: Figure): Html {
  return html`<figure>
    ${svgImage(figure.svg, figure.name)}
    <figcaption>${figure.name}</figcaption>
  </figure>`;
}
