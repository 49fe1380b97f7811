/**
 * JUnit XML from real grading runs and from a run that could not grade: parsed, then validated
 * against schemas/junit-results.schema.json, with counts that match the result model.
 */
import Ajv from "ajv";
import { XMLParser } from "fast-xml-parser";
import * as fs from "node:fs";
import * as path from "node:path";
import { gradeSubmission } from "../../../src/grading";
import { renderJunit, renderJunitFailure } from "../../../src/grading/reporters/junit";

const ROOT = path.join(__dirname, "..", "..", "..");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", "junit-results.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" });

interface Parsed {
  testsuites: { "@_tests": string; "@_failures": string; "@_errors": string; testsuite: { testcase: { failure?: { "@_message": string } }[] }[] };
}

function valid(xml: string): Parsed {
  expect(xml.startsWith("<?xml")).toBe(true);
  const parsed = parser.parse(xml) as Parsed;
  const ok = validate(parsed);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return parsed;
}

test("the answer key: every case a passing test case; the blank stubs: every one a failure saying not implemented", async () => {
  const reference = await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week1/initialization"] });
  const cases = reference.assignments[0].functions.flatMap((f) => f.cases).length;
  const passed = valid(renderJunit(reference));
  expect(passed.testsuites).toMatchObject({ "@_tests": String(cases), "@_failures": "0", "@_errors": "0" });
  const blank = valid(renderJunit(await gradeSubmission(path.join(ROOT, "test", "submissions", "blank"), { assignments: ["week1/initialization"] })));
  expect(blank.testsuites["@_failures"]).toBe(String(cases));
  const failures = blank.testsuites.testsuite.flatMap((s) => s.testcase).map((c) => c.failure?.["@_message"]);
  expect(failures.every((m) => /not implemented yet/.test(m ?? ""))).toBe(true);
}, 120_000);

test("a run that could not grade: one errored test case with the reason", () => {
  const parsed = valid(renderJunitFailure("submission folder nowhere does not exist"));
  expect(parsed.testsuites["@_errors"]).toBe("1");
});
