/**
 * A fault of the grader is never a score: exit code 3, one line saying so, then the stack; and a
 * case whose judge fails is a fault too, not points lost.
 */
import { GraderFault } from "../../src/errors";

jest.mock("../../src/grading/grade", () => ({
  ...jest.requireActual("../../src/grading/grade"),
  gradeSubmission: async () => {
    throw new GraderFault("the sandbox runtime could not be built");
  },
}));

import { main } from "../../src/cli/main";
import { exitCodeOf, type GradeResult } from "../../src/grading/result";
import { judgeSafely } from "../../src/grading/judge";
import { findCheck } from "../../src/grading/checks/registry";
import type { Described } from "../../src/grading/describe";
import type { FixtureCase } from "../../src/fixtures/types";

test("an error inside the grader exits 3 with one line, then the stack", async () => {
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  const before = process.exitCode;
  try {
    await main(["node", "dnn-autograder", "grade", "reference"]);
    expect(process.exitCode).toBe(3);
  } finally {
    spy.mockRestore();
    process.exitCode = before;
  }
  const [first, ...rest] = written.join("").split("\n");
  expect(first).toBe("dnn-autograder: internal error (a fault of the grader, not of the submission; please report it): the sandbox runtime could not be built");
  expect(rest.join("\n")).toMatch(/GraderFault: the sandbox runtime could not be built\n\s+at /);
});

test("a judge that throws fails its case as a grader fault, and the run exits 3", () => {
  const fixtureCase = {
    id: "x",
    function: "f",
    description: "",
    points: 1,
    visibility: "public",
    args: [],
    expected: 1,
    tolerance: { atol: 0, rtol: 0 },
    check: "values",
  } as FixtureCase;
  const values = findCheck("values");
  if (!values) throw new Error("the values check is not registered");
  const spy = jest.spyOn(values, "judge").mockImplementation(() => {
    throw new TypeError("a judge's own bug");
  });
  const report: Described = { kind: "tensor", shape: [], data: new Float64Array([1]), source: "number" };
  const verdict = judgeSafely(fixtureCase, { name: "f", params: [] } as never, { kind: "returned", value: report, argsAfter: [], ms: 0 });
  spy.mockRestore();
  expect(verdict).toMatchObject({ passed: false, stage: "judge", fault: true });
  expect(verdict.lines[0]).toMatch(/^the grader could not judge this case \(a fault of the grader, not of the submission\): TypeError/);
  const result = {
    header: {} as GradeResult["header"],
    score: 0,
    maxScore: 1,
    ms: 0,
    assignments: [
      {
        name: "a",
        score: 0,
        maxScore: 1,
        errors: [],
        functions: [
          {
            name: "f",
            score: 0,
            maxScore: 1,
            cases: [{ id: "x", visibility: "public", description: "", passed: false, score: 0, maxScore: 1, message: "", fault: true }],
          },
        ],
      },
    ],
  } as GradeResult;
  expect(exitCodeOf(result)).toBe(3);
});
