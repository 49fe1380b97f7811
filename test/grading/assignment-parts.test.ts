/**
 * One assignment graded in parts on cores to spare: the cases are dealt out in turn, the parts'
 * results join back in the cases' own order, and a submission graded in parts gets exactly the result
 * one child gives (points, messages, errors), for a correct, a wrong and a broken module.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findAssignment } from "../../src/contracts";
import type { FixtureCase } from "../../src/fixtures/types";
import { dealCases, joinParts } from "../../src/grading/assignment-parts";
import { gradeSubmission, type GradeOptions } from "../../src/grading/grade";
import type { AssignmentResult, CaseResult, GradeResult } from "../../src/grading/result";

const ROOT = path.join(__dirname, "..", "..");

test("cases are dealt in turn into non-empty parts, each keeping their order", () => {
  expect(dealCases([0, 1, 2, 3, 4], 2)).toEqual([
    [0, 2, 4],
    [1, 3],
  ]);
  expect(dealCases([0, 1], 4)).toEqual([[0], [1]]);
  expect(dealCases([0, 1, 2], 1)).toEqual([[0, 1, 2]]);
  // No case at all: one empty part, so the assignment still reports every function at 0/0.
  expect(dealCases([], 2)).toEqual([[]]);
});

test("parts join in the cases' order, with the points summed again and each error once", () => {
  const contract = findAssignment("week1/initialization");
  const cases = ["a", "b", "c", "d"].map((id) => ({ id, visibility: id === "d" ? "hidden" : "public", function: "initializeParametersZeros" }) as FixtureCase);
  const result = (id: string, score: number): CaseResult => ({
    id,
    visibility: id === "d" ? "hidden" : "public",
    description: id,
    passed: score > 0,
    score,
    maxScore: 1,
    message: "",
    stage: "values",
  });
  const part = (ids: [string, number][], errors: string[]): AssignmentResult => ({
    name: contract.name,
    score: 0,
    maxScore: 0,
    errors,
    functions: contract.functions.map((f) => ({
      name: f.name,
      score: 0,
      maxScore: 0,
      cases: f.name === "initializeParametersZeros" ? ids.map(([id, s]) => result(id, s)) : [],
    })),
  });
  const joined = joinParts(contract, cases, [
    part(
      [
        ["b", 1],
        ["d", 0],
      ],
      ["x", "y"],
    ),
    part(
      [
        ["a", 1],
        ["c", 1],
      ],
      ["y"],
    ),
  ]);
  expect(joined.functions[0].cases.map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
  expect(joined.functions[0]).toMatchObject({ score: 3, maxScore: 4 });
  expect(joined).toMatchObject({ score: 3, maxScore: 4, errors: ["x", "y"] });
  expect(joined.functions.slice(1).every((f) => f.score === 0 && f.maxScore === 0 && f.cases.length === 0)).toBe(true);
});

/** What must not depend on how the cases were shared out: every case's id, points and message, and the errors. */
function outcomes(result: GradeResult) {
  return result.assignments.map((a) => ({
    name: a.name,
    score: a.score,
    maxScore: a.maxScore,
    errors: a.errors,
    functions: a.functions.map((f) => ({ name: f.name, score: f.score, cases: f.cases.map((c) => [c.id, c.visibility, c.score, c.message]) })),
  }));
}

test("an assignment graded in parts gets the result one child gives: correct, wrong and broken modules", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-parts-"));
  try {
    const broken = path.join(work, "broken");
    fs.mkdirSync(path.join(broken, "week1"), { recursive: true });
    fs.writeFileSync(path.join(broken, "week1", "regularization.ts"), 'throw new Error("broken at load");\n');
    const submissions = [path.join(ROOT, "test", "submissions", "correct"), path.join(ROOT, "test", "submissions", "mutants", "reg-l2-without-half"), broken];
    for (const dir of submissions) {
      const options: GradeOptions = { assignments: ["week1/regularization"], isolation: "auto" };
      const [inParts, oneChild] = [await gradeSubmission(dir, options), await gradeSubmission(dir, { ...options, oneChild: true })];
      expect(outcomes(inParts)).toEqual(outcomes(oneChild));
      expect(inParts.maxScore).toBe(100);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
