/**
 * The figures of `--figures DIR`: every .svg directly in the folder, by name, each shown as an image
 * from a data: URL; a missing folder, a file that is not SVG or one too large is one message naming
 * the option and the file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserInputError } from "../../../../src/errors";
import { figureBlock, MAX_FIGURE_BYTES, readFigures } from "../../../../src/grading/reporters/html/figures";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-figures-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

test("every .svg directly in the folder, sorted by name; other files and subfolders left out", () => {
  fs.writeFileSync(path.join(dir, "b-costs.svg"), SVG);
  fs.writeFileSync(path.join(dir, "a-boundary.SVG"), `<?xml version="1.0"?>\n${SVG}`);
  fs.writeFileSync(path.join(dir, "costs.csv"), "i,cost\n");
  fs.mkdirSync(path.join(dir, "more.svg"));
  expect(readFigures(dir).map((f) => f.name)).toEqual(["a-boundary.SVG", "b-costs.svg"]);
});

test("a figure is an <img> from a base64 data: URL: its markup never enters the page", () => {
  const hostile = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>`;
  const out = figureBlock({ name: "x<y>.svg", svg: Buffer.from(hostile) }).markup;
  expect(out).toContain(`src="data:image/svg+xml;base64,${Buffer.from(hostile).toString("base64")}"`);
  expect(out).not.toContain("<script");
  expect(out).not.toContain("onload");
  expect(out).toContain("<figcaption>x&lt;y&gt;.svg</figcaption>");
});

test("a missing folder, a file that is not SVG and one too large: one message each, naming the option and the file", () => {
  expect(() => readFigures(path.join(dir, "nope"))).toThrow(
    new UserInputError(`--figures ${path.join(dir, "nope")}: no such folder (expected a folder of .svg figures, as \`experiment NAME --out DIR\` writes them)`),
  );
  fs.writeFileSync(path.join(dir, "plot.svg"), "PNG\u0000 not an svg");
  expect(() => readFigures(dir)).toThrow(/--figures .*: plot\.svg is not an SVG image/);
  fs.writeFileSync(path.join(dir, "plot.svg"), SVG + " ".repeat(MAX_FIGURE_BYTES));
  expect(() => readFigures(dir)).toThrow(/plot\.svg is \d+ bytes; expected an SVG figure of at most/);
});
