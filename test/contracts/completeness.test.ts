/**
 * Every assignment is complete: its answer key exports every graded function, its known mistakes and
 * (where cases are built) input builders exist, it has public and hidden cases with generated data,
 * every graded function has at least one public and one hidden case, and it has the course's code, a
 * grader, an experiment, benchmarks with their numpy scripts, tests of its answer key, a blank submission
 * whose every function is unfinished, and a row in the README; every check its cases name is shared or
 * declared by the assignment itself. A new assignment (or a new graded
 * function) that misses any of these fails here, with the list of the files or entries it lacks.
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

/** The descriptions of the pieces whose check is false: what the assignment lacks (empty when complete). */
const lacking = (pieces: readonly (readonly [boolean, string])[]) => pieces.filter(([present]) => !present).map(([, what]) => what);

/** A file that must exist, described with what it is for. */
const file = (rel: string, what: string) => [exists(rel), `${rel} (${what})`] as const;

describe.each(ASSIGNMENTS.map((a) => [a.name, a] as const))("%s", (_name, assignment) => {
  const short = assignment.name.split("/")[1];

  test("the answer key exports every graded function, and its known mistakes exist", () => {
    const keyFile = `reference/${assignment.module}.ts`;
    expect(lacking([file(keyFile, "the answer key"), file(`reference/${assignment.module}.mistakes.ts`, "the answer key's known mistakes")])).toEqual([]);
    const reference = require(path.join(ROOT, "reference", assignment.module)) as Record<string, unknown>;
    expect(lacking(assignment.functions.map((fn) => [typeof reference[fn.name] === "function", `${keyFile} exports no function ${fn.name}`]))).toEqual([]);
  });

  test("public and hidden cases, each with generated data, and input builders where a case uses them", () => {
    const relative = (p: string) => path.relative(ROOT, p);
    expect(
      lacking(
        (["public", "hidden"] as const).flatMap((v) => [
          file(relative(caseFilePath(DEFAULT_FIXTURES_DIR, assignment.name, v)), `the ${v} cases`),
          file(relative(dataFilePath(DEFAULT_FIXTURES_DIR, assignment.name, v)), `the ${v} cases' data: run \`npx dnn-autograder fixtures generate\``),
        ]),
      ),
    ).toEqual([]);
    const written = (["public", "hidden"] as const).map((v) => fs.readFileSync(caseFilePath(DEFAULT_FIXTURES_DIR, assignment.name, v), "utf8")).join("");
    if (written.includes('"builder"')) expect(lacking([file(`reference/${assignment.module}.inputs.ts`, "the input builders the cases name")])).toEqual([]);
  });

  test("every graded function has a public case and a hidden case", () => {
    const cases = loadCases(assignment.name);
    const has = (fn: string, visibility: string) => cases.some((c) => c.function === fn && c.visibility === visibility);
    expect(
      lacking(assignment.functions.flatMap((fn) => (["public", "hidden"] as const).map((v) => [has(fn.name, v), `a ${v} case of ${fn.name}`] as const))),
    ).toEqual([]);
  });

  test("the course's code, a grader, tests of the answer key, an experiment and benchmarks, listed by `npm run stubs`", () => {
    const benchmarks = BENCHMARKS.filter((b) => b.name === short || b.name.startsWith(`${short}-`));
    expect(
      lacking([
        file(`src/course/${assignment.module}.ts`, "the code the notebook provides"),
        file(`graders/${assignment.module}.grader.ts`, "the jest grader: run `npm run stubs`"),
        file(`test/reference/${assignment.module}.test.ts`, "the answer key against the notebook's printed values"),
        file(`src/experiments/${short}.ts`, "the notebook's experiment: `export const experiment = defineExperiment(contract, run)`"),
        [EXPERIMENTS.some((e) => e.assignment === assignment && e.name === short), `experiment ${short} in EXPERIMENTS: run \`npm run stubs\``],
        file(`test/bench/${short}.bench.ts`, "the benchmark against numpy: `export const benchmarks: readonly Benchmark[]`"),
        [benchmarks.length > 0, `a benchmark named ${short} in BENCHMARKS: run \`npm run stubs\``],
        ...benchmarks.map((b) => file(`test/bench/${b.pythonScript}`, `benchmark ${b.name}'s numpy script`)),
      ]),
    ).toEqual([]);
  });

  test("every check its cases name is shared or its own (declared in src/grading/checks/<week>/<name>.ts)", () => {
    const ownFile = path.join(ROOT, "src", "grading", "checks", `${assignment.module}.ts`);
    const own = (fs.existsSync(ownFile) ? require(ownFile) : {}) as { checks?: readonly { name: string }[]; gradientProblems?: readonly { name: string }[] };
    const checks = new Set(["values", "gradient-consistency", ...(own.checks ?? []).map((c) => c.name)]);
    const problems = new Set((own.gradientProblems ?? []).map((p) => p.name));
    const cases = loadCases(assignment.name);
    const where = `src/grading/checks/${assignment.module}.ts`;
    expect(
      lacking([
        ...cases.map((c) => [checks.has(c.check ?? "values"), `check ${c.check} (case ${c.id}) in ${where}'s \`checks\``] as const),
        ...cases
          .filter((c) => c.check === "gradient-consistency")
          .map(
            (c) =>
              [
                problems.has(String(c.checkOptions?.problem)),
                `gradient problem ${String(c.checkOptions?.problem)} (case ${c.id}) in ${where}'s \`gradientProblems\``,
              ] as const,
          ),
      ]),
    ).toEqual([]);
  });

  test("a blank submission whose every graded function is unfinished", () => {
    const blankFile = `test/submissions/blank/${assignment.module}.ts`;
    expect(lacking([file(blankFile, "the blank submission: run `npm run stubs`")])).toEqual([]);
    const blank = require(path.join(ROOT, blankFile)) as Record<string, (...a: unknown[]) => unknown>;
    for (const fn of assignment.functions) {
      expect([fn.name, typeof blank[fn.name]]).toEqual([fn.name, "function"]);
      expect(() => blank[fn.name]()).toThrow(/not implemented/);
    }
  });

  test("a row in the README's table of assignments, naming every graded function", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${assignment.name}\` |`)) ?? "";
    expect(
      lacking([
        [row !== "", `a row for ${assignment.name} in README.md: run \`npm run stubs\``],
        ...assignment.functions.map((fn) => [row.includes(`\`${fn.name}\``), `${fn.name} in README.md's row`] as const),
      ]),
    ).toEqual([]);
  });
});
