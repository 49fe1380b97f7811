/**
 * GitHub Classroom's runner result from real grading runs and from a run that could not grade, each
 * validated against schemas/classroom-results.schema.json; and the student pack's workflow's own
 * grading command, run as written.
 */
import Ajv from "ajv";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeSubmission } from "../../../src/grading";
import { type ClassroomResults, renderClassroom } from "../../../src/grading/reporters/classroom";
import { classroomWorkflow } from "../../../src/pack/classroom-workflow";

const ROOT = path.join(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", "classroom-results.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function valid(text: string): ClassroomResults {
  const parsed = JSON.parse(text) as ClassroomResults;
  const ok = validate(parsed);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return parsed;
}

test("the answer key passes every test; the blank stubs fail every one, once-per-function message", async () => {
  const reference = valid(renderClassroom(await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week1/initialization"] })));
  expect(reference.status).toBe("pass");
  expect(reference.tests.reduce((s, t) => s + t.score, 0)).toBe(reference.max_score);
  const blank = valid(renderClassroom(await gradeSubmission(path.join(ROOT, "test", "submissions", "blank"), { assignments: ["week1/initialization"] })));
  expect(blank.status).toBe("fail");
  expect(blank.tests.every((t) => t.status === "fail" && t.score === 0 && /not implemented yet/.test(t.message))).toBe(true);
}, 120_000);

test("the workflow's grading command, run as written on a missing folder, leaves a valid error result", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-classroom-"));
  try {
    const line = classroomWorkflow()
      .split("\n")
      .find((l) => l.includes("npx dnn-autograder grade"));
    expect(line).toBeDefined();
    const args = line!
      .trim()
      .replace(/ \|\| true$/, "")
      .replace(/^npx dnn-autograder /, "")
      .replaceAll('"$DNN_AUTOGRADER_FIXTURES"', path.join(ROOT, "fixtures"))
      .replaceAll('"$RUNNER_TEMP/result.json"', path.join(work, "result.json"))
      .split(" ");
    expect(args).toEqual(expect.arrayContaining(["--format", "classroom", "--isolation", "strict"]));
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8" });
    expect(r.status).toBe(2);
    const result = valid(fs.readFileSync(path.join(work, "result.json"), "utf8"));
    expect(result.status).toBe("error");
    expect(result.tests[0].message).toMatch(/could not be graded: submission folder .*student does not exist/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
