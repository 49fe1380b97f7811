/**
 * JUnit XML from real grading runs and from runs that could not grade: parsed, validated against
 * schemas/junit-results.schema.json, with a suite per assignment, a test case per fixture case and
 * counts that match the result model; hidden cases' failures carry no expected numbers.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { renderJunit, renderJunitFailure } from "../../../src/grading/reporters/junit";
import { expectValidReport } from "./report-schemas";
import {
  ASSIGNMENT,
  expectNoExpectedNumbers,
  gradeBlank,
  gradeBroken,
  gradeMutant,
  gradeReference,
  hiddenExpectedNumbers,
  runCli,
  WITHOUT_BUBBLEWRAP,
} from "./report-runs";

interface Outcome {
  "@_message": string;
  "@_type"?: string;
}
interface TestCase {
  "@_classname": string;
  "@_name": string;
  "@_time"?: string;
  failure?: Outcome;
  error?: Outcome;
}
interface Parsed {
  testsuites: { "@_tests": string; "@_failures": string; "@_errors": string; testsuite: { "@_name": string; "@_tests": string; testcase: TestCase[] }[] };
}

const valid = (xml: string): Parsed => expectValidReport("junit", xml) as Parsed;

test("the answer key: one suite for the assignment, every case a passing test case", async () => {
  const reference = await gradeReference();
  const cases = reference.assignments[0].functions.flatMap((f) => f.cases);
  const parsed = valid(renderJunit(reference));
  expect(parsed.testsuites).toMatchObject({ "@_tests": String(cases.length), "@_failures": "0", "@_errors": "0" });
  expect(parsed.testsuites.testsuite.map((s) => s["@_name"])).toEqual([ASSIGNMENT]);
  const testcases = parsed.testsuites.testsuite[0].testcase;
  expect(testcases.map((c) => c["@_name"])).toEqual(cases.map((c) => `[${c.id}] ${c.description} (public, ${c.maxScore} pts)`));
  expect(testcases[0]["@_classname"]).toBe(`${ASSIGNMENT}.initializeParametersZeros`);
  expect(testcases.every((c) => c.failure === undefined && c.error === undefined)).toBe(true);
}, 120_000);

test("the blank stubs: every case a failure saying not implemented", async () => {
  const blank = await gradeBlank();
  const parsed = valid(renderJunit(blank));
  const cases = blank.assignments[0].functions.flatMap((f) => f.cases).length;
  expect(parsed.testsuites["@_failures"]).toBe(String(cases));
  const failures = parsed.testsuites.testsuite.flatMap((s) => s.testcase).map((c) => c.failure?.["@_message"]);
  expect(failures.every((m) => /not implemented yet/.test(m ?? ""))).toBe(true);
}, 120_000);

test("a mutant: failures for the lost cases only; hidden ones without their numbers", async () => {
  const result = await gradeMutant();
  const parsed = valid(renderJunit(result));
  const lost = result.assignments[0].functions.flatMap((f) => f.cases).filter((c) => !c.passed);
  expect(parsed.testsuites["@_failures"]).toBe(String(lost.length));
  const expected = hiddenExpectedNumbers();
  const hiddenFailures = parsed.testsuites.testsuite[0].testcase.filter((c) => c.failure && c["@_name"].includes("(hidden,"));
  expect(hiddenFailures.length).toBeGreaterThan(0);
  for (const c of hiddenFailures) {
    expect(c.failure!["@_type"]).toBe("values");
    expectNoExpectedNumbers(`${c["@_name"]}\n${c.failure!["@_message"]}`, expected.get(/\[(.+?)\]/.exec(c["@_name"])![1])!);
  }
}, 120_000);

test("a module that does not compile: an errored 'could not grade' case beside the failed ones", async () => {
  const parsed = valid(renderJunit(await gradeBroken()));
  const testcases = parsed.testsuites.testsuite[0].testcase;
  expect(testcases.filter((c) => c.error).map((c) => c["@_name"])).toEqual(["could not grade"]);
  expect(testcases.filter((c) => c.failure).every((c) => /does not compile/.test(c.failure!["@_message"]))).toBe(true);
  expect(parsed.testsuites["@_errors"]).toBe("1");
}, 120_000);

test("a run that could not grade: one errored test case with the reason", () => {
  const parsed = valid(renderJunitFailure("submission folder nowhere does not exist"));
  expect(parsed.testsuites["@_errors"]).toBe("1");
  expect(parsed.testsuites.testsuite[0].testcase[0].error!["@_message"]).toBe("The submission could not be graded: submission folder nowhere does not exist");
});

test("the CLI with strict isolation unavailable: exit 2, a valid junit.xml saying why", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-junit-"));
  try {
    const out = path.join(work, "junit.xml");
    const r = runCli(["grade", "-a", ASSIGNMENT, "--isolation", "strict", "--format", "junit", "--out", out], WITHOUT_BUBBLEWRAP);
    expect(r.status).toBe(2);
    const parsed = valid(fs.readFileSync(out, "utf8"));
    expect(parsed.testsuites.testsuite[0].testcase[0].error!["@_message"]).toMatch(/could not be graded: strict isolation is not available here/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
