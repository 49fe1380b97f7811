/**
 * `grade --format json` from real runs (the answer key, the blank stubs) and from a run that could
 * not grade, validated against schemas/grade-result.schema.json; the header records the numeric seeds.
 */
import Ajv from "ajv";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { gradeSubmission } from "../../../src/grading";
import { renderJson } from "../../../src/grading/reporters/json";

const ROOT = path.join(__dirname, "..", "..", "..");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", "grade-result.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function expectValid(text: string): void {
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

test("the answer key and the blank stubs give schema-valid results; numeric seeds are in the header", async () => {
  const reference = await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week2/optimization"] });
  expectValid(renderJson(reference));
  expect(Object.entries(reference.header.seeds).filter(([id]) => id.startsWith("week2/optimization/mini-batches/")).length).toBeGreaterThan(0);
  expectValid(renderJson(await gradeSubmission(path.join(ROOT, "test", "submissions", "blank"), { assignments: ["week1/initialization"] })));
}, 120_000);

test("a run that could not grade prints a schema-valid reason", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "src", "cli", "bin.js"), "grade", "/nonexistent/submission", "--format", "json"], {
    encoding: "utf8",
  });
  expect(r.status).toBe(2);
  expectValid(r.stdout);
});
