/**
 * `GradeOptions.oneChild` (batch grading): one sandboxed child serves a submission's assignments in
 * turn. The results equal those of a child per assignment; a child that dies in one assignment is
 * replaced for the rest; each module is loaded with fresh instances of the submission's files, so
 * nothing one assignment's module left in a shared file reaches the next.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeSubmission, type GradeOptions } from "../../src/grading/grade";
import type { GradeResult } from "../../src/grading/result";

const ROOT = path.join(__dirname, "..", "..");
const WEEK1: GradeOptions = { assignments: ["week1/initialization", "week1/regularization"], visibilities: ["public"], isolation: "auto" };
let work: string;

/** Each case's id, points and message, by assignment: what must not depend on how children are shared. */
function outcomes(result: GradeResult) {
  return result.assignments.map((a) => ({
    name: a.name,
    errors: a.errors,
    cases: a.functions.flatMap((f) => f.cases.map((c) => [c.id, c.score, c.message])),
  }));
}

/** A copy of the correct submission with `edits` (file → text transform) applied. */
function variant(name: string, edits: Record<string, (text: string) => string>): string {
  const dir = path.join(work, name);
  fs.cpSync(path.join(ROOT, "test", "submissions", "correct"), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(dir, file), "utf8")));
  return dir;
}

beforeAll(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-one-child-"))));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("every assignment of the answer key and of the blank stubs grades as with a child per assignment", async () => {
  for (const submission of ["correct", "blank"]) {
    const dir = path.join(ROOT, "test", "submissions", submission);
    const options: GradeOptions = { visibilities: ["public"], isolation: "auto" };
    const [shared, own] = [await gradeSubmission(dir, { ...options, oneChild: true }), await gradeSubmission(dir, options)];
    expect(shared.assignments).toHaveLength(6);
    expect(outcomes(shared)).toEqual(outcomes(own));
    expect(shared.score).toBe(submission === "correct" ? shared.maxScore : 0);
  }
}, 120_000);

test("a child that exits during one function is replaced: the other functions and assignments still grade", async () => {
  const dir = variant("exits", {
    "week1/initialization.ts": (t) => t.replace("const parameters: Params = {};", "process.exit(7);\n  const parameters: Params = {};"),
  });
  const result = await gradeSubmission(dir, { ...WEEK1, oneChild: true });
  const [init, reg] = result.assignments;
  expect(init.functions.map((f) => [f.name, f.score === f.maxScore])).toEqual([
    ["initializeParametersZeros", false],
    ["initializeParametersRandom", true],
    ["initializeParametersHe", true],
  ]);
  expect(init.functions[0].cases[0].message).toMatch(/exited with code 7 during initializeParametersZeros/);
  expect(reg.score).toBe(reg.maxScore);
});

test("a file both modules import is loaded anew for the second: the first module's changes to it do not reach it", async () => {
  const dir = variant("shared-file", {
    "week1/initialization.ts": (t) => `import { seen } from "./shared-state";\nseen.push("initialization");\n${t}`,
    "week1/regularization.ts": (t) => `import { seen } from "./shared-state";\nif (seen.length > 0) throw new Error("loaded after " + seen.join(", "));\n${t}`,
  });
  fs.writeFileSync(path.join(dir, "week1", "shared-state.ts"), "export const seen: string[] = [];\n");
  const result = await gradeSubmission(dir, { ...WEEK1, oneChild: true });
  expect(result.assignments.map((a) => [a.name, a.score === a.maxScore, a.errors])).toEqual([
    ["week1/initialization", true, []],
    ["week1/regularization", true, []],
  ]);
});

test("a module that changes a global while loading and is never called does not hand that change to the next assignment", async () => {
  const dir = variant("load-taint", {
    "week1/initialization.ts": () => `(globalThis as Record<string, unknown>).leftBehind = "initialization";\nexport {};\n`,
    "week1/regularization.ts": (t) => `if ("leftBehind" in globalThis) throw new Error("a global left behind by another assignment");\n${t}`,
  });
  const result = await gradeSubmission(dir, { ...WEEK1, oneChild: true });
  const [init, reg] = result.assignments;
  expect(init.score).toBe(0);
  expect(reg.errors).toEqual([]);
  expect(reg.score).toBe(reg.maxScore);
});
