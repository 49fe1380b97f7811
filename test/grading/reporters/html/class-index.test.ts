/**
 * The class's index page: the histogram's bins, the named mistakes counted once per student and
 * function, and a real batch (a correct submission, the blank stubs, a mutant, a module that does not
 * compile under a hostile name) whose index and student pages open in chromium with no console error
 * and no request.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { commonMistakes, histogramSvg, scoreHistogram } from "../../../../src/grading/reporters/html/class-index";
import type { GradeResult } from "../../../../src/grading/result";
import { ROOT } from "../report-runs";
import { browserTest, closeBrowser, openPage, screenshot } from "./browser";

const HOSTILE = `<img src=x onerror=alert(1)>`;
const XAVIER = "the weights are scaled by sqrt(1 / n_{l−1}) (Xavier); He scales by sqrt(2 / n_{l−1})";

function resultWith(messages: Record<string, string[]>): GradeResult {
  return {
    score: 0,
    maxScore: 10,
    assignments: [
      {
        name: "week1/initialization",
        score: 0,
        maxScore: 10,
        errors: [],
        functions: Object.entries(messages).map(([name, cases]) => ({
          name,
          score: 0,
          maxScore: 10,
          cases: cases.map((message, i) => ({ id: `c${i}`, visibility: "public" as const, description: "", passed: false, score: 0, maxScore: 5, message })),
        })),
      },
    ],
  } as unknown as GradeResult;
}

test("the histogram: ten bins of ten points, 100 in the last, a bin holding its start", () => {
  expect(scoreHistogram([0, 9.99, 10, 55, 100, 100])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
});

test("the class histogram: ten bars, one per tenth of the points", async () => {
  const svg = await histogramSvg([5, 55, 100, 100]);
  expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(10);
  expect(svg).toContain(">score (% of the points)</text>");
});

test("named mistakes: counted once per student and function, most common first", () => {
  const twice = resultWith({ initializeParametersHe: [`values differ\nlikely: ${XAVIER}`, `values differ (hidden case)\nlikely: ${XAVIER}\nhint: x`] });
  const other = resultWith({
    initializeParametersHe: [`values differ\nlikely: ${XAVIER}`],
    initializeParametersZeros: ["values differ\nlikely: zeros are not zeros"],
  });
  const none = resultWith({ initializeParametersHe: ["values differ\nhint: likely: not a named mistake"] });
  expect(commonMistakes([twice, other, none])).toEqual([
    { assignment: "week1/initialization", fn: "initializeParametersHe", mistake: XAVIER, students: 2 },
    { assignment: "week1/initialization", fn: "initializeParametersZeros", mistake: "zeros are not zeros", students: 1 },
  ]);
});

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-class-index-"));
  const klass = path.join(work, "class");
  const submissions = path.join(ROOT, "test", "submissions");
  fs.cpSync(path.join(submissions, "correct"), path.join(klass, "alice"), { recursive: true });
  fs.cpSync(path.join(submissions, "blank"), path.join(klass, "bob"), { recursive: true });
  fs.cpSync(path.join(submissions, "mutants", "he-sqrt-1-over-n"), path.join(klass, "carol"), { recursive: true });
  fs.cpSync(path.join(submissions, "mutants", "he-sqrt-1-over-n"), path.join(klass, "dan"), { recursive: true });
  fs.cpSync(path.join(submissions, "broken", "syntax-error"), path.join(klass, HOSTILE), { recursive: true });
});
afterAll(async () => {
  await closeBrowser();
  fs.rmSync(work, { recursive: true, force: true });
});

browserTest()(
  "a batch's index: the students, the score distribution and the common mistakes; every student's page opens; no console error, no request",
  async () => {
    const out = path.join(work, "grades");
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "src", "cli", "bin.js"), "grade", "--batch", path.join(work, "class"), "--out", out, "-a", "week1/initialization", "--jobs", "2"],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote .*gradebook\.csv and .*index\.html\n$/);
    const { page, problems, requests } = await openPage(path.join(out, "index.html"));
    expect(await page.title()).toBe("Class report");
    expect(await page.locator("#summary").innerText()).toBe("5 students: 1 graded · 3 points lost · 1 could not grade");
    const rows = (await page.locator("table.students tbody tr").allInnerTexts()).map((row) => row.replace(/\s+/g, " ").trim());
    expect(rows).toEqual([
      expect.stringMatching(/^<img src=x onerror=alert\(1\)> could not grade: week1\/initialization\.ts does not compile.* 0\/100$/),
      "alice graded 100/100",
      "bob points lost 0/100",
      "carol points lost 60/100",
      "dan points lost 60/100",
    ]);
    const histogram = page.locator("#distribution img");
    expect(await histogram.evaluate((el: { complete: boolean; naturalWidth: number }) => el.complete && el.naturalWidth > 0)).toBe(true);
    const he = page.locator('table.mistakes[data-function="week1/initialization › initializeParametersHe"] tbody tr').first();
    expect((await he.innerText()).replace(/\s+/g, " ").trim()).toBe(`2 ${XAVIER}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await screenshot(page, "class-index.png");
    for (const link of await page.locator("table.students a").all()) {
      const href = (await link.getAttribute("href"))!;
      const student = await openPage(path.join(out, decodeURIComponent(href)));
      expect(await student.page.title()).toBe(`Grades: ${await link.innerText()}`);
      expect(await student.page.locator("h1").innerText()).toBe(`Grades: ${await link.innerText()}`);
      expect(student.problems).toEqual([]);
      expect(student.requests).toEqual([]);
      await student.page.close();
    }
  },
  180_000,
);
