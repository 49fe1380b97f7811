/**
 * Gradescope's results.json from real grading runs (the answer key, the blank stubs, a mutant losing
 * hidden cases, a module that does not compile) and from runs that could not grade, each validated
 * against schemas/gradescope-results.schema.json; hidden cases shown as asked, never with their numbers.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { GradeResult } from "../../../src/grading";
import { renderGradescope, type GradescopeResults } from "../../../src/grading/reporters/gradescope";
import { expectValidReport } from "./report-schemas";
import {
  ASSIGNMENT,
  expectNoExpectedNumbers,
  gradeBlank,
  gradeBroken,
  gradeMutant,
  gradeReference,
  hiddenExpectedNumbers,
  runCli,
  WITHOUT_BUBBLEWRAP,
} from "./report-runs";

const valid = (text: string): GradescopeResults => expectValidReport("gradescope", text) as GradescopeResults;
const sum = (results: GradescopeResults): number => results.tests.reduce((s, t) => s + t.score, 0);

test("the answer key: every test passed and visible, the score and its maximum are the sum", async () => {
  const result = await gradeReference();
  const results = valid(renderGradescope(result));
  expect(results.score).toBe(result.maxScore);
  expect(results.extra_data).toEqual({ max_score: result.maxScore, exit_code: 0, isolation: result.header.isolation.mode });
  expect(sum(results)).toBe(results.score);
  expect(results.tests.reduce((s, t) => s + t.max_score, 0)).toBe(results.extra_data.max_score);
  expect(results.tests.every((t) => t.status === "passed" && t.output === "" && t.visibility === "visible")).toBe(true);
  expect(results.tests[0].name).toMatch(new RegExp(`^${ASSIGNMENT} › initializeParametersZeros › \\[zeros/course\\] `));
  expect(results.execution_time).toBeGreaterThan(0);
}, 120_000);

test("the blank stubs: 0, every test failed with the not-implemented line of its function", async () => {
  const result = await gradeBlank();
  const results = valid(renderGradescope(result));
  expect(results.score).toBe(0);
  expect(results.extra_data).toMatchObject({ max_score: result.maxScore, exit_code: 1 });
  expect(results.tests.every((t) => t.status === "failed" && t.score === 0 && /not implemented yet/.test(t.output))).toBe(true);
}, 120_000);

describe("a mutant that loses public and hidden cases", () => {
  let result: GradeResult;
  beforeAll(async () => (result = await gradeMutant()), 120_000);

  test("one test per case, the score the sum of the passed ones", () => {
    const results = valid(renderGradescope(result));
    const cases = result.assignments[0].functions.flatMap((f) => f.cases);
    expect(results.tests).toHaveLength(cases.length);
    expect(results.score).toBe(result.score);
    expect(sum(results)).toBe(result.score);
    expect(results.score).toBeLessThan(results.extra_data.max_score);
    expect(results.tests.filter((t) => t.status === "failed").every((t) => t.score === 0)).toBe(true);
  });

  test.each(["after_published", "hidden", "after_due_date", "visible"] as const)("hidden cases are shown %s; public ones visible", (visibility) => {
    const results = valid(renderGradescope(result, visibility));
    const hiddenIds = new Set(
      result.assignments[0].functions
        .flatMap((f) => f.cases)
        .filter((c) => c.visibility === "hidden")
        .map((c) => c.id),
    );
    for (const t of results.tests) {
      const id = /\[(.+?)\]/.exec(t.name)![1];
      expect(t.visibility).toBe(hiddenIds.has(id) ? visibility : "visible");
    }
  });

  test("a failed hidden case says what went wrong without an expected number; the public one shows its numbers", () => {
    const results = valid(renderGradescope(result));
    const expected = hiddenExpectedNumbers();
    const hiddenFailed = results.tests.filter((t) => t.visibility === "after_published" && t.status === "failed");
    expect(hiddenFailed.length).toBeGreaterThan(0);
    for (const t of hiddenFailed) {
      const id = /\[(.+?)\]/.exec(t.name)![1];
      expect(t.output).toMatch(/values differ in W1 \(hidden case: /);
      expectNoExpectedNumbers(`${t.name}\n${t.output}`, expected.get(id)!);
    }
    const publicFailed = results.tests.find((t) => t.visibility === "visible" && t.status === "failed")!;
    expect(publicFailed.output).toMatch(/expected 1\.78863, received 1\.26475/);
  });
});

test("a module that does not compile: every test failed with the compiler's line, the reason in output, exit code 2", async () => {
  const results = valid(renderGradescope(await gradeBroken()));
  expect(results.score).toBe(0);
  expect(results.extra_data.exit_code).toBe(2);
  expect(results.output).toMatch(/week1\/initialization: could not grade: week1\/initialization\.ts does not compile/);
  expect(results.tests.every((t) => t.status === "failed" && /does not compile/.test(t.output))).toBe(true);
}, 120_000);

describe("the CLI on runs that cannot grade writes a valid results.json saying why", () => {
  let work: string;
  beforeAll(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-gradescope-format-"))));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test("a missing folder: exit 2, one line on stderr, score 0 and the reason; nothing else left in the folder", () => {
    const out = path.join(work, "missing", "results.json");
    const r = runCli(["grade", path.join(work, "nothing-here"), "--format", "gradescope", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    const results = valid(fs.readFileSync(out, "utf8"));
    expect(results).toMatchObject({ score: 0, tests: [], extra_data: { max_score: 0, exit_code: 2 } });
    expect(results.output).toMatch(/could not be graded: submission folder .*nothing-here does not exist/);
    expect(fs.readdirSync(path.dirname(out))).toEqual(["results.json"]);
  });

  test("strict isolation unavailable: exit 2, the reason in results.json", () => {
    const out = path.join(work, "strict", "results.json");
    const r = runCli(["grade", "-a", ASSIGNMENT, "--isolation", "strict", "--format", "gradescope", "--out", out], WITHOUT_BUBBLEWRAP);
    expect(r.status).toBe(2);
    const results = valid(fs.readFileSync(out, "utf8"));
    expect(results.output).toMatch(/could not be graded: strict isolation is not available here/);
  }, 120_000);

  test("--hidden-visibility hidden reaches the file", () => {
    const out = path.join(work, "hidden", "results.json");
    const r = runCli([
      "grade",
      "test/submissions/mutants/he-sqrt-1-over-n",
      "-a",
      ASSIGNMENT,
      "--format",
      "gradescope",
      "--hidden-visibility",
      "hidden",
      "--out",
      out,
    ]);
    expect(r.status).toBe(1);
    const results = valid(fs.readFileSync(out, "utf8"));
    expect(new Set(results.tests.map((t) => t.visibility))).toEqual(new Set(["visible", "hidden"]));
  }, 120_000);

  test("a bad --hidden-visibility: one line naming the option and what it expects, exit 2", () => {
    const r = runCli(["grade", "--hidden-visibility", "later"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--hidden-visibility expects hidden, after_due_date, after_published, visible, got "later"/);
  });
});
