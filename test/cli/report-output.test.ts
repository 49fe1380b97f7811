/**
 * `grade --out`: a report written through a temporary file and a rename, a path that cannot be written
 * named as `--out` (exit 2), and a fault of the grader that still leaves a valid report in every format
 * (exit 3).
 */
import { GraderFault } from "../../src/errors";

let fault: Error = new TypeError("Cannot read properties of undefined (reading 'cases')");
let graded = false;
jest.mock("../../src/grading/grade", () => ({
  ...jest.requireActual("../../src/grading/grade"),
  gradeSubmission: async () => {
    graded = true;
    throw fault;
  },
}));

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { writeReport } from "../../src/cli/report-output";
import { expectValidReport } from "../grading/reporters/report-schemas";

let work: string;
beforeAll(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-report-output-"))));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Runs the CLI in this process; its exit code and what it wrote to stderr. */
async function run(...args: string[]): Promise<{ code: number | string | undefined; stderr: string }> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  const before = process.exitCode;
  try {
    await main(["node", "dnn-autograder", ...args]);
    return { code: process.exitCode, stderr: written.join("") };
  } finally {
    spy.mockRestore();
    process.exitCode = before;
  }
}

test("writeReport replaces the file whole and leaves no temporary file", () => {
  const out = path.join(work, "atomic", "results.json");
  writeReport("first\n", out);
  writeReport("second\n", out);
  expect(fs.readFileSync(out, "utf8")).toBe("second\n");
  expect(fs.readdirSync(path.dirname(out))).toEqual(["results.json"]);
});

test.each(["json", "gradescope", "classroom", "junit"] as const)("a fault of the grader: exit 3, and a valid %s report saying so", async (format) => {
  const out = path.join(work, `fault.${format}`);
  const { code, stderr } = await run("grade", "reference", "--format", format, "--out", out);
  expect(code).toBe(3);
  expect(stderr).toMatch(/^dnn-autograder: internal error \(a fault of the grader/);
  const report = expectValidReport(format, fs.readFileSync(out, "utf8"));
  expect(JSON.stringify(report)).toContain("a fault of the grader: Cannot read properties of undefined (reading 'cases')");
});

test("a GraderFault's own message is the reason, and the JSON report's exit code is 3", async () => {
  fault = new GraderFault("the sandbox runtime could not be built");
  const out = path.join(work, "fault-named.json");
  expect((await run("grade", "reference", "--format", "json", "--out", out)).code).toBe(3);
  expect(expectValidReport("json", fs.readFileSync(out, "utf8"))).toEqual({
    error: "the sandbox runtime could not be built",
    exitCode: 3,
    score: 0,
    maxScore: 0,
    assignments: [],
  });
});

test("--out naming a folder: one line naming the option, exit 2, before any grading", async () => {
  graded = false;
  const { code, stderr } = await run("grade", "reference", "--format", "gradescope", "--out", work);
  expect(graded).toBe(false);
  expect(code).toBe(2);
  expect(stderr).toBe(`dnn-autograder: --out ${work} is a folder: expected the path of a file to write\n`);
});

test("--out under a file: one line naming the option and what it expects, exit 2, before any grading", async () => {
  const file = path.join(work, "a-file");
  fs.writeFileSync(file, "");
  graded = false;
  const { code, stderr } = await run("grade", "reference", "--format", "junit", "--out", path.join(file, "junit.xml"));
  expect(graded).toBe(false);
  expect(code).toBe(2);
  expect(stderr).toBe(
    `dnn-autograder: --out ${path.join(file, "junit.xml")} could not be written (a part of its path is a file, not a folder): expected the path of a file in a writable folder\n`,
  );
});

test("a bad --format: one line naming the option and the formats, exit 2", async () => {
  const { code, stderr } = await run("grade", "reference", "--format", "xml");
  expect(code).toBe(2);
  expect(stderr).toMatch(/--format expects console, json, gradescope, classroom, junit, got "xml"/);
  expect(stderr.trim().split("\n")).toHaveLength(1);
});
