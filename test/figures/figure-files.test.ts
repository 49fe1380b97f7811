import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { curveFigure } from "../../src/figures/curves";
import { tableCsv, writeFigures } from "../../src/figures/figure-files";

test("CSV follows RFC 4180 and defuses cells a spreadsheet would run", () => {
  expect(
    tableCsv([
      { run: 'gd, "fast"', x: 0, y: "Infinity" },
      { run: "=cmd()", x: -1, y: "-Infinity" },
    ]),
  ).toBe('run,x,y\n"gd, ""fast""",0,Infinity\n\'=cmd(),-1,-Infinity\n');
  expect(tableCsv([])).toBe("");
});

test("each figure is written as SVG, CSV and JSON, and nothing else is left in the folder", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-figures-"));
  try {
    const figure = curveFigure({
      id: "c",
      title: "Cost",
      x: "epoch",
      y: "cost",
      curves: [
        {
          label: "Adam",
          points: [
            { x: 0, y: 1 },
            { x: 1, y: 0.5 },
          ],
        },
      ],
    });
    const written = await writeFigures(dir, [figure]);
    expect(written.map((f) => path.basename(f))).toEqual(["c.svg", "c.csv", "c.json"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["c.csv", "c.json", "c.svg"]);
    expect(fs.readFileSync(path.join(dir, "c.csv"), "utf8")).toBe("run,epoch,cost\nAdam,0,1\nAdam,1,0.5\n");
    expect(JSON.parse(fs.readFileSync(path.join(dir, "c.json"), "utf8"))).toEqual({ title: "Cost", rows: figure.table });
    expect(fs.readFileSync(path.join(dir, "c.svg"), "utf8")).toMatch(/^<svg[^>]*>.*Adam.*<\/svg>$/s);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
