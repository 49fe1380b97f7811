/**
 * The corpus of submissions in test/submissions, graded end to end through the sandbox:
 * each must earn exactly its expected points, and each lost case must say why.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SUBMISSIONS, gradeCorpusSubmission, describeSubmissions, type CorpusOptions, type Expectation } from "./corpus";

const ZEROS = ["zeros/course", "zeros/deep", "zeros/wide-input"];
const RANDOM = ["random/course", "random/other-seed", "random/model-size"];
const HE = ["he/course", "he/other-seed", "he/deep"];
const HIDDEN = ["zeros/deep", "zeros/wide-input", "random/other-seed", "random/model-size", "he/other-seed", "he/deep"];

const CORPUS: CorpusOptions = {
  assignment: "week1/initialization",
  timeoutMs: 1500,
  memoryMb: 128,
  hidden: HIDDEN,
};

const EXPECTATIONS: Expectation[] = [
  { dir: "correct", score: 100, exitCode: 0, lost: {} },
  { dir: "alternatives/mathjs", score: 100, exitCode: 0, lost: {} },
  // TypeScript 5 standard decorators compile (the grader transpiles what tsc accepts).
  { dir: "alternatives/decorators", score: 100, exitCode: 0, lost: {} },
  {
    dir: "blank",
    score: 0,
    exitCode: 1,
    lost: Object.fromEntries(
      [...ZEROS, ...RANDOM, ...HE].map((id) => [
        id,
        /^not implemented yet \(initializeParameters\w+ throws: not implemented \(at initialization\.ts:\d+:\d+\)\)$/,
      ]),
    ),
  },
  {
    dir: "mutants/he-sqrt-1-over-n",
    score: 60,
    exitCode: 1,
    lost: Object.fromEntries(HE.map((id) => [id, /values differ in W1[\s\S]*likely: the weights are scaled by sqrt\(1 \/ n_\{l−1\}\) \(Xavier\)/])),
  },
  {
    dir: "mutants/he-transposed-w",
    score: 60,
    exitCode: 1,
    lost: {
      "he/course": /^W1 has shape \(2, 4\); expected \(4, 2\)\nthat is the transpose of the expected shape/,
      "he/other-seed": /^W1 has shape \(3, 5\); expected \(5, 3\) \(hidden case: [^)]*\)\nthat is the transpose/,
      "he/deep": /^W1 has shape \(5, 8\); expected \(8, 5\)/,
    },
  },
  {
    dir: "mutants/random-without-times-10",
    score: 60,
    exitCode: 1,
    lost: Object.fromEntries(RANDOM.map((id) => [id, /values differ in W1[\s\S]*likely: the weights are not multiplied by 10/])),
  },
  {
    dir: "mutants/random-biases-not-zero",
    score: 60,
    exitCode: 1,
    lost: {
      "random/course": /^values differ in b1\n[\s\S]*b1 should be all zeros/,
      "random/other-seed": /^values differ in b1 \(hidden case/,
      "random/model-size": /^values differ in b1 \(hidden case/,
    },
  },
  {
    dir: "mutants/hard-coded-public",
    score: 38,
    exitCode: 1,
    lost: {
      "zeros/deep": /is missing W3, b3, W4, b4/,
      "zeros/wide-input": /W1 has shape \(2, 3\); expected \(1, 12\)/,
      "random/other-seed": /is missing W3, b3/,
      "random/model-size": /is missing W3, b3/,
      "he/other-seed": /W1 has shape \(4, 2\); expected \(5, 3\)/,
      "he/deep": /is missing W3, b3, W4, b4/,
    },
  },
  {
    dir: "hostile/endless-loop",
    score: 60,
    exitCode: 1,
    lost: Object.fromEntries(HE.map((id) => [id, /^initializeParametersHe did not return within \d+ ms \(an endless loop\?\)$/])),
  },
  {
    dir: "hostile/process-exit",
    score: 80,
    exitCode: 1,
    lost: Object.fromEntries(
      ZEROS.map((id) => [id, /^the student process exited with code 0 during initializeParametersZeros \(does it call process\.exit\?\)$/]),
    ),
  },
  {
    dir: "hostile/out-of-memory",
    score: 60,
    exitCode: 1,
    timeoutMs: 30_000,
    alone: true,
    lost: Object.fromEntries(RANDOM.map((id) => [id, /^the student process ran out of memory \(limit 128 MB\) during initializeParametersRandom$/])),
  },
  {
    dir: "hostile/reads-fixtures",
    score: 60,
    exitCode: 1,
    lost: Object.fromEntries(HE.map((id) => [id, /reading outside the submission folder is not allowed while grading/])),
  },
  {
    // The sandbox reports the arguments after the call; a submission could forge that, so it is a note.
    dir: "hostile/mutates-input",
    score: 100,
    exitCode: 0,
    lost: {},
    notes: Object.fromEntries(
      ZEROS.map((id) => [id, /^initializeParametersZeros changed its input layersDims: graded functions must not modify their arguments$/]),
    ),
  },
  {
    // The module replaces Array.isArray, Object.keys, JSON.stringify and Math.sqrt when it loads.
    // The grader's decoding, description and RandomState keep the built-ins they captured, so
    // only the student's own use of Math.sqrt (the He scale) goes wrong.
    dir: "hostile/patches-globals",
    score: 60,
    exitCode: 1,
    lost: Object.fromEntries(HE.map((id) => [id, /^values differ in W\d[\s\S]*likely: the weights are not scaled/])),
  },
  {
    dir: "broken/syntax-error",
    score: 0,
    exitCode: 2,
    lost: Object.fromEntries([...ZEROS, ...RANDOM, ...HE].map((id) => [id, /^week1\/initialization\.ts does not compile: .* \(line 14\)$/])),
  },
  {
    dir: "broken/missing-export",
    score: 60,
    exitCode: 1,
    lost: Object.fromEntries(HE.map((id) => [id, /^not implemented yet: .*missing-export\/week1\/initialization\.ts does not export initializeParametersHe$/])),
  },
  {
    dir: "broken/throws-on-load",
    score: 0,
    exitCode: 2,
    lost: Object.fromEntries(
      [...ZEROS, ...RANDOM, ...HE].map((id) => [id, /^week1\/initialization\.ts threw while loading: setup failed \(at initialization\.ts:\d+:\d+\)$/]),
    ),
  },
  {
    dir: "broken/missing-import",
    score: 0,
    exitCode: 2,
    lost: Object.fromEntries([...ZEROS, ...RANDOM, ...HE].map((id) => [id, /^week1\/initialization\.ts imports \.\/helpers, which cannot be found$/])),
  },
];

const graded = describeSubmissions(EXPECTATIONS, CORPUS);

test("a submission outside the checkout imports dnn-autograder and scores 100", async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-outside-"));
  try {
    fs.cpSync(path.join(SUBMISSIONS, "correct"), outside, { recursive: true });
    const result = await gradeCorpusSubmission(outside, CORPUS);
    expect(result.score).toBe(100);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
}, 60_000);

test("a .js submission with ES module syntax is graded like a .ts one", async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-js-"));
  try {
    const ts = fs.readFileSync(path.join(SUBMISSIONS, "correct", "week1", "initialization.ts"), "utf8");
    const js = ts.replace(/import \{ RandomState, np, type Params \}/, "import { RandomState, np }").replace(/: (number\[\]|Params|RandomState)/g, "");
    fs.mkdirSync(path.join(outside, "week1"));
    fs.writeFileSync(path.join(outside, "week1", "initialization.js"), js);
    const result = await gradeCorpusSubmission(outside, CORPUS);
    expect(result.score).toBe(100);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
}, 60_000);

test("the JSON result has the documented shape and a reproducibility header", async () => {
  // The answer key's grading above, with the corpus's options.
  const result = await graded("correct");
  expect(Object.keys(result)).toEqual(["header", "score", "maxScore", "ms", "assignments"]);
  expect(result.ms).toBeGreaterThan(0);
  expect(result.header).toMatchObject({ tool: "dnn-autograder", node: process.version });
  expect(result.header.fixtures).toMatch(/^[0-9a-f]{64}$/);
  expect(result.header.seeds["week1/initialization/he/other-seed"]).toEqual([expect.any(Number)]);
  const fn = result.assignments[0].functions[0];
  expect(Object.keys(fn)).toEqual(["name", "score", "maxScore", "cases"]);
  expect(Object.keys(fn.cases[0])).toEqual(expect.arrayContaining(["id", "visibility", "passed", "score", "maxScore", "message"]));
}, 60_000);
