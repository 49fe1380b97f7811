/**
 * Checks declared with `defineCheck`: a case's `checkOptions` are validated and decoded once (a bad
 * one is one UserInputError naming the file, the case and the field, at generation and at loading),
 * and a probe's report that does not follow the check's report schema fails the case before any
 * judge sees it.
 */
import * as fs from "node:fs";
import { findAssignment, findFunction } from "../../../src/contracts";
import { loadCases } from "../../../src/fixtures/load";
import { generateFixtures } from "../../../src/fixtures/generate";
import { manifestKey, sha256 } from "../../../src/fixtures/manifest";
import { caseFilePath, dataFilePath, manifestPath } from "../../../src/fixtures/paths";
import { stableStringify } from "../../../src/fixtures/stable-json";
import type { FixtureCase } from "../../../src/fixtures/types";
import { checkOptionsOf, reportPath, reportProblem } from "../../../src/grading/checks/check-schemas";
import { defineCheck } from "../../../src/grading/checks/define-check";
import { findCheck } from "../../../src/grading/checks/registry";
import { NUMBER, objectOf, type DescribedObject, type DescribedTensor } from "../../../src/grading/checks/report-schema";
import { describeValue } from "../../../src/grading/describe";
import { judge, judgeReport } from "../../../src/grading/judge";
import { ASSIGNMENT, copyInitializationFixtures } from "../../fixtures/fixture-copy";
import { userErrorOf } from "../../fixtures/user-error";

const temporaryDirs: string[] = [];
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface CountOptions {
  limit: number;
  label?: string;
}

const judged = jest.fn();
const countCheck = defineCheck<CountOptions, DescribedObject<{ count: DescribedTensor }>>({
  name: "count",
  options: { type: "object", required: ["limit"], properties: { limit: { type: "integer" }, label: { type: "string" } }, additionalProperties: false },
  report: objectOf({ count: NUMBER }),
  probe: () => ({ count: 3 }),
  judge(_fixtureCase, _fn, report, _argsAfter, options) {
    judged(options);
    const passed = report.entries.count.data[0] <= options.limit;
    return { passed, stage: passed ? "ok" : "values", lines: [`${options.label ?? "count"} ${report.entries.count.data[0]} of ${options.limit}`] };
  },
});

const FN = findFunction(findAssignment(ASSIGNMENT), "initializeParametersZeros")!;
const CASE: FixtureCase = {
  id: "count/unit",
  function: FN.name,
  description: "a count",
  points: 1,
  visibility: "public",
  args: [],
  expected: 0,
  tolerance: { atol: 0, rtol: 0 },
  checkOptions: { limit: 4, label: "counted" },
};

describe("the probe's report", () => {
  beforeEach(() => judged.mockClear());

  test("one that follows the report schema reaches the judge, with the decoded options", () => {
    expect(judgeReport(countCheck, CASE, FN, describeValue({ count: 3 }), [])).toEqual({ passed: true, stage: "ok", lines: ["counted 3 of 4"] });
    expect(judged).toHaveBeenCalledWith({ limit: 4, label: "counted" });
  });

  test("a malformed one fails the case at `returns`, as the submission's fault, and no judge sees it", () => {
    for (const report of [{ count: "3" }, { count: [1, 2] }, { total: 3 }, { count: 3, extra: 1 }, 3]) {
      const verdict = judgeReport(countCheck, CASE, FN, describeValue(report), []);
      expect(verdict).toMatchObject({ passed: false, stage: "returns" });
      expect(verdict.fault).toBeUndefined();
      expect(verdict.lines[0]).toMatch(/^the submission's process sent a malformed report for count \(report/);
    }
    expect(judged).not.toHaveBeenCalled();
  });

  test("the message names the field of the report and what it should have been", () => {
    const lines = (report: unknown) => judgeReport(countCheck, CASE, FN, describeValue(report), []).lines;
    expect(lines({ count: "3" })).toEqual(['the submission\'s process sent a malformed report for count (report/count: must be a number, got a string ("3"))']);
    expect(lines({ count: 3, extra: 1 })).toEqual([
      "the submission's process sent a malformed report for count (report: must NOT have additional properties (extra))",
    ]);
    expect(lines(3)).toEqual(["the submission's process sent a malformed report for count (report: must be an object of count, got a number)"]);
    const slopes = { missing: [], error: "", slopes: { W1: { analytic: 1, numeric: "x" } }, scale: 1, step: 1, result: 1 };
    expect(reportProblem(findCheck("tf-gradients")!, describeValue(slopes))).toBe('report/slopes/W1/numeric: must be a number, got a string ("x")');
  });

  test("reportPath: a path into a described report as a path into what the probe returned", () => {
    expect(reportPath("/entries/slopes/entries/W1/kind")).toBe("/slopes/W1/kind");
    expect(reportPath("/entries/printed/items/0")).toBe("/printed/0");
    expect(reportPath("/entries")).toBe("");
    expect(reportPath("")).toBe("");
  });

  test("judge() refuses a forged report of a registered check before its judge runs", () => {
    const tfCase: FixtureCase = { ...CASE, check: "tf-no-leak", checkOptions: { inputs: ["float32"] } };
    const forged = describeValue({ created: "none", returned: 0, result: [[1]] });
    const verdict = judge(tfCase, FN, { kind: "returned", value: forged, argsAfter: [], ms: 1 });
    expect(verdict).toMatchObject({ passed: false, stage: "returns" });
    expect(verdict.lines[0]).toMatch(/^the submission's process sent a malformed report for tf-no-leak/);
    const consistency = judge({ ...CASE, check: "gradient-consistency", checkOptions: { problem: "week3/batch-norm" } }, FN, {
      kind: "returned",
      value: describeValue({ atArguments: {}, noise: 0 }),
      argsAfter: [],
      ms: 1,
    });
    expect(consistency).toMatchObject({ passed: false, stage: "consistency" });
    expect(consistency.lines[0]).toMatch(/^the submission's process sent a malformed report for gradient-consistency/);
  });
});

describe("checkOptions", () => {
  test("a valid one decodes to the typed options", () => {
    expect(checkOptionsOf(countCheck, { limit: 2 }, "cases.json", "a")).toEqual({ limit: 2 });
    expect(checkOptionsOf(findCheck("tf-gradients")!, { inputs: ["float32", "variables"], seed: 2 }, "cases.json", "a")).toEqual({
      inputs: ["float32", "variables"],
      seed: 2,
    });
    expect(checkOptionsOf(findCheck("values")!, undefined, "cases.json", "a")).toEqual({});
  });

  test("a bad one is one error naming the file, the case and the field", () => {
    expect(userErrorOf(() => checkOptionsOf(countCheck, { limit: 1.5 }, "cases.json", "a"))).toBe(
      'cases.json: case "a": invalid checkOptions for check "count": checkOptions/limit: must be integer',
    );
    expect(userErrorOf(() => checkOptionsOf(findCheck("tf-values")!, { inputs: ["float64"] }, "cases.json", "b"))).toMatch(
      /^cases\.json: case "b": invalid checkOptions for check "tf-values": checkOptions\/inputs\/0: must be equal to one of the allowed values/,
    );
    expect(userErrorOf(() => checkOptionsOf(findCheck("gradient-consistency")!, {}, "cases.json", "c"))).toBe(
      `cases.json: case "c": invalid checkOptions for check "gradient-consistency": checkOptions: must have required property 'problem'`,
    );
  });

  test("at loading: the data file, the case and the field", () => {
    const dir = copyInitializationFixtures("dnn-define-check-load-");
    temporaryDirs.push(dir);
    const file = dataFilePath(dir, ASSIGNMENT, "public");
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    data.cases[0].checkOptions = { dtyp: "float32" };
    const text = stableStringify(data);
    fs.writeFileSync(file, text);
    const manifest = JSON.parse(fs.readFileSync(manifestPath(dir), "utf8"));
    manifest.files[manifestKey(dir, file)] = sha256(text);
    fs.writeFileSync(manifestPath(dir), stableStringify(manifest));
    const message = userErrorOf(() => loadCases(ASSIGNMENT, { fixturesDir: dir }));
    expect(message).toMatch(
      new RegExp(
        `initialization\\.json: case "${data.cases[0].id}": invalid checkOptions for check "values": checkOptions: must NOT have additional properties \\(dtyp\\)$`,
      ),
    );
    expect(message.split("\n")).toHaveLength(1);
  });

  test("at generation: the case file, the case and the field", () => {
    const dir = copyInitializationFixtures("dnn-define-check-generate-");
    temporaryDirs.push(dir);
    const file = caseFilePath(dir, ASSIGNMENT, "public");
    const cases = JSON.parse(fs.readFileSync(file, "utf8"));
    cases.cases[1].checkOptions = { dtyp: "float32" };
    fs.writeFileSync(file, JSON.stringify(cases));
    expect(userErrorOf(() => generateFixtures({ fixturesDir: dir, assignments: [ASSIGNMENT] }))).toMatch(
      new RegExp(
        `initialization\\.json#/cases/1: case "${cases.cases[1].id}": invalid checkOptions for check "values": checkOptions: must NOT have additional properties \\(dtyp\\)$`,
      ),
    );
  });
});
