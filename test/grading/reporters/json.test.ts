/**
 * `grade --format json` from real runs (the answer key, the blank stubs, a mutant, a module that does
 * not compile) and from runs that could not grade, validated against schemas/grade-result.schema.json;
 * the header records the numeric seeds the cases use and the isolation in force.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { gradeSubmission, type GradeResult } from "../../../src/grading";
import { renderConsole } from "../../../src/grading/reporters/console";
import { renderJson } from "../../../src/grading/reporters/json";
import { expectValidReport } from "./report-schemas";
import {
  ASSIGNMENT,
  expectNoExpectedNumbers,
  gradeBlank,
  gradeBroken,
  gradeMutant,
  gradeReference,
  hiddenExpectedNumbers,
  ROOT,
  runCli,
  WITHOUT_BUBBLEWRAP,
} from "./report-runs";

const valid = (text: string): GradeResult => expectValidReport("json", text) as GradeResult;

test("the answer key: every point, the isolation in force and the run's time in the result", async () => {
  const result = valid(renderJson(await gradeReference()));
  expect(result.score).toBe(result.maxScore);
  expect(result.header.isolation.mode).toMatch(/^(strict|basic)$/);
  expect(result.header.isolation.layers.length).toBeGreaterThan(0);
  const manifest = fs.readFileSync(path.join(ROOT, "fixtures", "manifest.json"));
  expect(result.header.fixtures).toBe(createHash("sha256").update(manifest).digest("hex"));
  expect(result.ms).toBeGreaterThan(0);
}, 120_000);

test("seeds: the generators' seeds of the hidden cases, and the numbers passed to a seed parameter", async () => {
  const mutant = valid(renderJson(await gradeMutant()));
  const hidden = JSON.parse(fs.readFileSync(path.join(ROOT, "fixtures", "data", "hidden", `${ASSIGNMENT}.json`), "utf8")) as {
    cases: { id: string; args: unknown[] }[];
  };
  const withGenerator = hidden.cases.filter((c) => JSON.stringify(c.args).includes('"$rng"'));
  expect(withGenerator.length).toBeGreaterThan(0);
  for (const c of withGenerator) {
    const seed = (c.args.at(-1) as { $rng: number }).$rng;
    expect(mutant.header.seeds[`${ASSIGNMENT}/${c.id}`]).toEqual([seed]);
  }
  const optimization = await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week2/optimization"] });
  const seeds = valid(renderJson(optimization)).header.seeds;
  // randomMiniBatches(X, Y, miniBatchSize, seed): the hidden cases pass the seed as a number.
  expect(seeds["week2/optimization/mini-batches/moons-epoch-1"]).toEqual([11]);
  expect(seeds["week2/optimization/mini-batches/divisible"]).toEqual([1927951904]);
}, 120_000);

test("the blank stubs and a module that does not compile are valid results; hidden messages carry no numbers", async () => {
  const blank = valid(renderJson(await gradeBlank()));
  expect(blank.score).toBe(0);
  const broken = valid(renderJson(await gradeBroken()));
  expect(broken.assignments[0].errors[0]).toMatch(/does not compile/);
  const mutant = valid(renderJson(await gradeMutant()));
  const expected = hiddenExpectedNumbers();
  const hiddenLost = mutant.assignments[0].functions.flatMap((f) => f.cases).filter((c) => c.visibility === "hidden" && !c.passed);
  expect(hiddenLost.length).toBeGreaterThan(0);
  for (const c of hiddenLost) expectNoExpectedNumbers(c.message, expected.get(c.id)!);
}, 120_000);

test("the heat-map's data: a public case's diff holds the expected values, a hidden case's holds none of them", async () => {
  const mutant = valid(renderJson(await gradeMutant()));
  const cases = mutant.assignments[0].functions.flatMap((f) => f.cases).filter((c) => !c.passed && c.stage === "values");
  const publicCase = cases.find((c) => c.visibility === "public")!;
  expect(publicCase.diff).toMatchObject({ path: "W1", shape: [4, 2], differing: 8, total: 8 });
  expect(publicCase.diff!.expected).toHaveLength(4);
  const expected = hiddenExpectedNumbers();
  const hidden = cases.filter((c) => c.visibility === "hidden");
  expect(hidden.length).toBeGreaterThan(0);
  for (const c of hidden) {
    expect(c.diff).toBeDefined();
    expect(c.diff).not.toHaveProperty("expected");
    const hiddenNumbers = new Set(expected.get(c.id));
    expect(hiddenNumbers.size).toBeGreaterThan(0);
    const shown = c.diff!.received.flat().filter((x): x is number => typeof x === "number");
    expect(shown.filter((x) => hiddenNumbers.has(x))).toEqual([]);
    const text = JSON.stringify(c);
    for (const x of hiddenNumbers) expect(text).not.toContain(String(x));
  }
}, 120_000);

test("a missing folder: exit 2 and the reason as JSON on stdout, not an empty output", () => {
  const r = runCli(["grade", "/nonexistent/submission", "--format", "json"]);
  expect(r.status).toBe(2);
  expect(valid(r.stdout)).toMatchObject({ exitCode: 2, score: 0, error: expect.stringMatching(/does not exist/) });
});

test("strict isolation unavailable: exit 2 and the reason as JSON on stdout", () => {
  const r = runCli(["grade", "-a", ASSIGNMENT, "--isolation", "strict", "--format", "json"], WITHOUT_BUBBLEWRAP);
  expect(r.status).toBe(2);
  expect(valid(r.stdout)).toMatchObject({ exitCode: 2, error: expect.stringMatching(/^strict isolation is not available here/) });
}, 120_000);

test("the TensorFlow assignment: the header names the backend that ran it, and the console's last line too", async () => {
  const graded = await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week3/tensorflow"], visibilities: ["public"] });
  const result = valid(renderJson(graded));
  expect(result.score).toBe(result.maxScore);
  expect(result.header.tensorflow).toEqual({ backend: "wasm", simd: true });
  expect(renderConsole(graded).trimEnd().split("\n").pop()).toBe("TensorFlow.js backend: wasm (SIMD)");
  const onCpu = valid(
    renderJson(await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week3/tensorflow"], visibilities: ["public"], tensorflowBackend: "cpu" })),
  );
  expect(onCpu.header.tensorflow).toEqual({ backend: "cpu", simd: false });
  expect(onCpu.score).toBe(onCpu.maxScore);
  const fallback = {
    ...graded,
    header: { ...graded.header, tensorflow: { backend: "cpu" as const, simd: false, fallback: "cannot read /x/tfjs-backend-wasm-simd.wasm (ENOENT)" } },
  };
  expect(valid(renderJson(fallback)).header.tensorflow?.fallback).toBe("cannot read /x/tfjs-backend-wasm-simd.wasm (ENOENT)");
  expect(renderConsole(fallback)).toMatch(
    /\nTensorFlow\.js backend: cpu \(WebAssembly did not start: cannot read \/x\/tfjs-backend-wasm-simd\.wasm \(ENOENT\)\)\n$/,
  );
}, 120_000);

test("an assignment without TensorFlow.js: no backend in the header", async () => {
  const result = valid(renderJson(await gradeReference()));
  expect(result.header.tensorflow).toBeUndefined();
}, 120_000);
