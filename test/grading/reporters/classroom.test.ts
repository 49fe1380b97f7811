/**
 * GitHub Classroom's runner result from real grading runs and from runs that could not grade, each
 * validated against schemas/classroom-results.schema.json; hidden cases never carry their numbers;
 * and the student pack's workflow's own grading command, run as written.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { type ClassroomResults, renderClassroom } from "../../../src/grading/reporters/classroom";
import { classroomWorkflow } from "../../../src/pack/classroom-workflow";
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

const valid = (text: string): ClassroomResults => expectValidReport("classroom", text) as ClassroomResults;
const sum = (results: ClassroomResults): number => results.tests.reduce((s, t) => s + t.score, 0);

test("the answer key passes every test; the scores add up to max_score", async () => {
  const reference = valid(renderClassroom(await gradeReference()));
  expect(reference.version).toBe(1);
  expect(reference.status).toBe("pass");
  expect(sum(reference)).toBe(reference.max_score);
  expect(reference.tests.every((t) => t.status === "pass" && t.message === "" && /^\d+\.\d{3}s$/.test(t.execution_time))).toBe(true);
  expect(reference.tests[0]).toMatchObject({ name: `${ASSIGNMENT} › initializeParametersZeros › [zeros/course]`, filename: `student/${ASSIGNMENT}.ts` });
}, 120_000);

test("the blank stubs fail every test with the function's not-implemented line", async () => {
  const blank = valid(renderClassroom(await gradeBlank()));
  expect(blank.status).toBe("fail");
  expect(blank.max_score).toBe(100);
  expect(blank.tests.every((t) => t.status === "fail" && t.score === 0 && /not implemented yet/.test(t.message))).toBe(true);
}, 120_000);

test("a mutant: the score counts the passed cases; hidden cases say what failed without their numbers", async () => {
  const result = await gradeMutant();
  const results = valid(renderClassroom(result));
  expect(results.status).toBe("fail");
  expect(sum(results)).toBe(result.score);
  const expected = hiddenExpectedNumbers();
  const hiddenFailed = results.tests.filter((t) => t.status === "fail" && t.test_code.includes("(hidden)"));
  expect(hiddenFailed.length).toBeGreaterThan(0);
  for (const t of hiddenFailed) expectNoExpectedNumbers(`${t.name}\n${t.test_code}\n${t.message}`, expected.get(/\[(.+?)\]/.exec(t.name)![1])!);
}, 120_000);

test("a module that does not compile: status error, every test failed with the compiler's line", async () => {
  const results = valid(renderClassroom(await gradeBroken()));
  expect(results.status).toBe("error");
  expect(results.tests.every((t) => t.status === "fail" && /does not compile/.test(t.message))).toBe(true);
}, 120_000);

describe("the CLI on runs that cannot grade", () => {
  let work: string;
  beforeAll(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-classroom-"))));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test("strict isolation unavailable: exit 2 and a valid error result on stdout", () => {
    const r = runCli(["grade", "-a", ASSIGNMENT, "--isolation", "strict", "--format", "classroom"], WITHOUT_BUBBLEWRAP);
    expect(r.status).toBe(2);
    const results = valid(r.stdout);
    expect(results).toMatchObject({ status: "error", max_score: 0 });
    expect(results.tests[0].message).toMatch(/could not be graded: strict isolation is not available here/);
  }, 120_000);

  test("the workflow's grading command, run as written on a missing folder, leaves a valid error result", () => {
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
    const cwd = fs.mkdtempSync(path.join(work, "repository-"));
    const r = runCli([...args.slice(0, 1), path.join(cwd, args[1]), ...args.slice(2)]);
    expect(r.status).toBe(2);
    const result = valid(fs.readFileSync(path.join(work, "result.json"), "utf8"));
    expect(result.status).toBe("error");
    expect(result.tests[0].message).toMatch(/could not be graded: submission folder .*student does not exist/);
  });
});
