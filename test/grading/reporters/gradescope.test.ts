/**
 * Gradescope's results.json from real grading runs (the answer key, the blank stubs) and from runs
 * that could not grade, each validated against schemas/gradescope-results.schema.json.
 */
import Ajv from "ajv";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeSubmission } from "../../../src/grading";
import { renderGradescope, type GradescopeResults } from "../../../src/grading/reporters/gradescope";

const ROOT = path.join(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", "gradescope-results.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Parses and validates a results.json text; the parsed results. */
function valid(text: string): GradescopeResults {
  const parsed = JSON.parse(text) as GradescopeResults;
  expect(validate.errors ?? []).toEqual([]);
  expect(validate(parsed)).toBe(true);
  return parsed;
}

test("the answer key: every test passed, the score is the sum, hidden cases after publication", async () => {
  const result = await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week1/initialization"] });
  const results = valid(renderGradescope(result));
  expect(results.score).toBe(result.maxScore);
  expect(results.tests.reduce((s, t) => s + t.score, 0)).toBe(results.score);
  expect(results.tests.every((t) => t.status === "passed" && t.output === "")).toBe(true);
  const hidden = results.tests.filter((t) => t.visibility === "after_published");
  expect(hidden.length).toBe(result.assignments[0].functions.flatMap((f) => f.cases).filter((c) => c.visibility === "hidden").length);
  expect(hidden.length).toBeGreaterThan(0);
  expect(valid(renderGradescope(result, "hidden")).tests.filter((t) => t.visibility === "hidden")).toHaveLength(hidden.length);
}, 120_000);

test("the blank stubs: 0, every test failed with the not-implemented line of its function", async () => {
  const result = await gradeSubmission(path.join(ROOT, "test", "submissions", "blank"), { assignments: ["week1/initialization"] });
  const results = valid(renderGradescope(result));
  expect(results.score).toBe(0);
  expect(results.tests.every((t) => t.status === "failed" && /not implemented yet/.test(t.output))).toBe(true);
}, 120_000);

describe("a run that cannot grade still writes a valid results.json saying why", () => {
  let work: string;
  beforeAll(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-gradescope-format-"))));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test("a missing folder: exit 2, one line on stderr, results.json with score 0 and the reason", () => {
    const out = path.join(work, "results.json");
    const r = spawnSync(process.execPath, [BIN, "grade", path.join(work, "nothing-here"), "--format", "gradescope", "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const results = valid(fs.readFileSync(out, "utf8"));
    expect(results.score).toBe(0);
    expect(results.output).toMatch(/could not be graded: submission folder .*nothing-here does not exist/);
  });

  test("--format json on stdout: the reason as JSON, not an empty output", () => {
    const r = spawnSync(process.execPath, [BIN, "grade", path.join(work, "nothing-here"), "--format", "json"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ exitCode: 2, score: 0, error: expect.stringMatching(/does not exist/) });
  });

  test("a bad --hidden-visibility: one line naming the option, exit 2", () => {
    const r = spawnSync(process.execPath, [BIN, "grade", "--hidden-visibility", "later"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--hidden-visibility expects hidden, after_due_date, after_published, visible, got "later"/);
  });
});
