/**
 * `grade DIR --report FILE --figures DIR` end to end, the page opened in chromium: the scores, a failed
 * case with its message, named mistake, hint and heat-map, the figures (rendered with vega-lite; a
 * hostile SVG on its own page), no console error and no request; the hidden cases' expected numbers nowhere in the page;
 * a run that cannot grade still writes a page saying why.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { renderSvg } from "../../../../src/figures/render";
import { ASSIGNMENT, hiddenExpectedNumbers, ROOT, runCliAsync } from "../report-runs";
import { browserTest, closeBrowser, openPage, screenshot } from "./browser";

let work: string;
let figures: string;
let student: string;
type Run = Awaited<ReturnType<typeof runCliAsync>>;
/** The CLI runs the tests below look at, run side by side before them (each waits on its sandboxed children much of the time). */
let runs: Record<"graded" | "hostile" | "failed" | "noReport" | "missing" | "folder", Run>;

const COSTS = {
  title: "cost",
  data: {
    values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [
      { i, cost: Math.exp(-i / 3), run: "He" },
      { i, cost: 0.6931, run: "zeros" },
    ]),
  },
  mark: "line" as const,
  encoding: {
    x: { field: "i", type: "quantitative" as const, title: "iterations (per thousand)" },
    y: { field: "cost", type: "quantitative" as const },
    color: { field: "run", type: "nominal" as const },
  },
};

const RATE = {
  title: "learning rate under decay",
  data: { values: Array.from({ length: 20 }, (_, epoch) => ({ epoch, rate: 0.1 / (1 + 0.3 * Math.floor(epoch / 5)) })) },
  mark: "line" as const,
  encoding: { x: { field: "epoch", type: "quantitative" as const }, y: { field: "rate", type: "quantitative" as const, title: "learning rate" } },
};

/** An SVG that would script the page and load from the network, were it placed as markup. */
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" onload="document.title='owned'">
<script>document.title = "owned"; fetch("http://example.invalid/x")</script>
<image href="http://example.invalid/pixel.png" width="10" height="10"/><image xlink:href="https://example.invalid/b.png" width="10" height="10"/>
<rect width="120" height="40" fill="#ddd"/><text x="10" y="25">hostile</text></svg>`;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-report-"));
  figures = path.join(work, "figures");
  fs.mkdirSync(figures);
  fs.writeFileSync(path.join(figures, "initialization-costs.svg"), await renderSvg(COSTS));
  fs.writeFileSync(path.join(figures, "optimization-learning-rate.svg"), await renderSvg(RATE));
  student = path.join(work, "he-sqrt-1-over-n");
  fs.cpSync(path.join(ROOT, "test", "submissions", "mutants", "he-sqrt-1-over-n"), student, { recursive: true });
  const hostile = path.join(work, "hostile");
  fs.mkdirSync(hostile);
  fs.writeFileSync(path.join(hostile, "costs.svg"), HOSTILE_SVG);
  const args = {
    graded: ["grade", student, "-a", ASSIGNMENT, "--report", path.join(work, "out", "report.html"), "--figures", figures],
    hostile: ["grade", student, "-a", ASSIGNMENT, "--public-only", "--report", path.join(work, "hostile.html"), "--figures", hostile],
    failed: ["grade", path.join(work, "nonexistent"), "--report", path.join(work, "failed.html")],
    noReport: ["grade", student, "-a", ASSIGNMENT, "--figures", figures],
    missing: ["grade", student, "-a", ASSIGNMENT, "--report", path.join(work, "missing-figures.html"), "--figures", path.join(work, "none")],
    folder: ["grade", student, "-a", ASSIGNMENT, "--report", work],
  };
  const done = await Promise.all(Object.values(args).map((a) => runCliAsync(a)));
  runs = Object.fromEntries(Object.keys(args).map((name, k) => [name, done[k]])) as typeof runs;
}, 120_000);
afterAll(async () => {
  await closeBrowser();
  fs.rmSync(work, { recursive: true, force: true });
});

browserTest()(
  "a graded run: scores, a failed case with its message and heat-map, the figures; no console error, no request",
  async () => {
    const report = path.join(work, "out", "report.html");
    const r = runs.graded;
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(fs.readdirSync(path.dirname(report))).toEqual(["report.html"]);
    const { page, problems, requests } = await openPage(report);
    expect(await page.title()).toBe("Grades: he-sqrt-1-over-n");
    expect(await page.locator("#total").innerText()).toBe("60/100");
    const rows = await page.locator(`[data-assignment="${ASSIGNMENT}"] table.functions tbody tr`).allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
      "✓ initializeParametersZeros 3/3 cases 20/20",
      "✓ initializeParametersRandom 3/3 cases 40/40",
      "✗ initializeParametersHe 0/3 cases 0/40",
    ]);
    const publicCase = page.locator('[data-case="he/course"]');
    const text = await publicCase.innerText();
    expect(text).toContain("values differ in W1");
    expect(text).toContain("first at [0, 0]: expected 1.78863, received 1.26475");
    expect(await publicCase.locator("p.likely").innerText()).toMatch(/^likely: the weights are scaled by sqrt\(1 \/ n_\{l−1\}\) \(Xavier\)/);
    expect(await publicCase.locator("p.hint").count()).toBeGreaterThan(0);
    expect(await publicCase.locator("table.heat.received td.differs").count()).toBe(8);
    expect(await publicCase.locator("table.heat.expected td").first().getAttribute("title")).toBe("[0, 0] expected 1.79");
    const hiddenCase = page.locator('[data-case="he/other-seed"]');
    expect(await hiddenCase.locator("table.heat.received td.differs").count()).toBe(15);
    expect(await hiddenCase.locator("table.heat.expected").count()).toBe(0);
    expect(await page.title()).toBe("Grades: he-sqrt-1-over-n");
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const images = page.locator("section.figures img");
    expect(await images.count()).toBe(2);
    for (const img of await images.all())
      expect(await img.evaluate((el: { complete: boolean; naturalWidth: number }) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await page.locator("section.figures figcaption").allInnerTexts()).toEqual(["initialization-costs.svg", "optimization-learning-rate.svg"]);
    await screenshot(page, "report.png");
  },
  120_000,
);

browserTest()(
  "a hostile SVG figure is shown as an image: its script, event handler and links never run or load",
  async () => {
    const report = path.join(work, "hostile.html");
    expect(runs.hostile.status).toBe(1);
    const { page, problems, requests } = await openPage(report);
    expect(await page.title()).toBe("Grades: he-sqrt-1-over-n");
    expect(await page.locator("section.figures img").evaluate((el: { complete: boolean; naturalWidth: number }) => el.complete && el.naturalWidth > 0)).toBe(
      true,
    );
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  },
  120_000,
);

browserTest()(
  "a hidden case's expected numbers are nowhere in the page, in any way it prints numbers",
  async () => {
    // The graded run's page, which shows the hidden cases it graded beside its figures.
    const report = path.join(work, "out", "report.html");
    expect(runs.graded.status).toBe(1);
    const htmlText = fs.readFileSync(report, "utf8");
    const { page, problems } = await openPage(report);
    const hiddenCases = await page
      .locator("article.case")
      .evaluateAll((els) =>
        els.filter((el) => el.querySelector(".badge")?.textContent === "hidden").map((el) => ({ id: el.getAttribute("data-case")!, html: el.outerHTML })),
      );
    expect(hiddenCases.map((c) => c.id).sort()).toEqual(["he/deep", "he/other-seed"]);
    const expected = hiddenExpectedNumbers();
    for (const { id, html } of hiddenCases) {
      const numbers = expected.get(id)!;
      expect(numbers.length).toBeGreaterThan(0);
      for (const x of numbers) {
        for (const shown of [String(x), x.toPrecision(6)]) expect(htmlText).not.toContain(shown);
        expect(html).not.toContain(`expected ${x.toPrecision(3)}`);
        expect(html).not.toContain(x.toPrecision(4));
      }
    }
    expect(problems).toEqual([]);
  },
  120_000,
);

browserTest()(
  "a run that cannot grade still writes a page saying why (exit 2)",
  async () => {
    const report = path.join(work, "failed.html");
    const r = runs.failed;
    expect(r.status).toBe(2);
    const { page, problems, requests } = await openPage(report);
    expect(await page.locator("#failure").innerText()).toMatch(/Nothing could be graded \(exit code 2\):\s+.*nonexistent.*does not exist/);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  },
  120_000,
);

test("--figures without --report, a missing figures folder, a --report that is a folder: one line each, exit 2", () => {
  const noReport = runs.noReport;
  expect(noReport.status).toBe(2);
  expect(noReport.stderr.trim()).toBe("dnn-autograder: --figures DIR needs --report FILE: the figures are embedded in the HTML report");
  const report = path.join(work, "missing-figures.html");
  const missing = runs.missing;
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/--figures .*none: no such folder/);
  expect(fs.readFileSync(report, "utf8")).toContain("no such folder");
  const folder = runs.folder;
  expect(folder.status).toBe(2);
  expect(folder.stderr.trim()).toBe(`dnn-autograder: --report ${work} is a folder: expected the path of a file to write`);
}, 120_000);
