/**
 * Every assignment is complete: its answer key exports every graded function, its known mistakes and
 * (where cases are built) input builders exist, it has public and hidden cases with generated data,
 * every graded function has at least one public and one hidden case, and it has a grader, an
 * experiment, a benchmark, a blank submission whose every function is unfinished, and a row in the
 * README. A new assignment (or a new graded function) that misses any of these fails here, by name.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../src/contracts";
import { EXPERIMENTS } from "../../src/experiments/registry";
import { loadCases } from "../../src/fixtures/load";
import { caseFilePath, dataFilePath, DEFAULT_FIXTURES_DIR } from "../../src/fixtures/paths";
import { BENCHMARKS } from "../bench/benchmarks";

const ROOT = path.join(__dirname, "..", "..");
const exists = (rel: string) => fs.existsSync(path.join(ROOT, rel));

describe.each(ASSIGNMENTS.map((a) => [a.name, a] as const))("%s", (_name, assignment) => {
  const short = assignment.name.split("/")[1];

  test("the answer key exports every graded function, and its known mistakes exist", () => {
    const reference = require(path.join(ROOT, "reference", assignment.module)) as Record<string, unknown>;
    for (const fn of assignment.functions) expect([fn.name, typeof reference[fn.name]]).toEqual([fn.name, "function"]);
    expect(exists(`reference/${assignment.module}.mistakes.ts`)).toBe(true);
  });

  test("public and hidden cases, each with generated data, and input builders where a case uses them", () => {
    for (const visibility of ["public", "hidden"] as const) {
      expect(fs.existsSync(caseFilePath(DEFAULT_FIXTURES_DIR, assignment.name, visibility))).toBe(true);
      expect(fs.existsSync(dataFilePath(DEFAULT_FIXTURES_DIR, assignment.name, visibility))).toBe(true);
    }
    const written = (["public", "hidden"] as const).map((v) => fs.readFileSync(caseFilePath(DEFAULT_FIXTURES_DIR, assignment.name, v), "utf8")).join("");
    if (written.includes('"builder"')) expect(exists(`reference/${assignment.module}.inputs.ts`)).toBe(true);
  });

  test("every graded function has a public case and a hidden case", () => {
    const cases = loadCases(assignment.name);
    for (const fn of assignment.functions) {
      const own = cases.filter((c) => c.function === fn.name);
      expect([fn.name, own.some((c) => c.visibility === "public"), own.some((c) => c.visibility === "hidden")]).toEqual([fn.name, true, true]);
    }
  });

  test("a grader, an experiment and a benchmark", () => {
    expect(exists(`graders/${assignment.module}.grader.ts`)).toBe(true);
    expect(EXPERIMENTS.filter((e) => e.assignment === assignment).map((e) => e.name)).toEqual([short]);
    expect(BENCHMARKS.some((b) => b.name === short || b.name.startsWith(`${short}-`))).toBe(true);
  });

  test("a blank submission whose every graded function is unfinished", () => {
    const blank = require(path.join(ROOT, "test", "submissions", "blank", assignment.module)) as Record<string, (...a: unknown[]) => unknown>;
    for (const fn of assignment.functions) {
      expect(typeof blank[fn.name]).toBe("function");
      expect(() => blank[fn.name]()).toThrow(/not implemented/);
    }
  });

  test("a row in the README's table of assignments, naming every graded function", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${assignment.name}\` |`));
    expect(row).toBeDefined();
    for (const fn of assignment.functions) expect(row).toContain(`\`${fn.name}\``);
  });
});
