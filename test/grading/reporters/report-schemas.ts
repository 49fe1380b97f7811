/**
 * Every report format checked against its schema in schemas/: the JSON formats as they are, JUnit XML
 * once parsed (attributes as `@_name`, suites and cases as arrays).
 */
import Ajv, { type ValidateFunction } from "ajv";
import { XMLParser } from "fast-xml-parser";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ReportFormat } from "../../../src/grading/reporters/render";

const SCHEMAS = path.join(__dirname, "..", "..", "..", "schemas");
const FILES: Record<Exclude<ReportFormat, "console">, string> = {
  json: "grade-result.schema.json",
  gradescope: "gradescope-results.schema.json",
  classroom: "classroom-results.schema.json",
  junit: "junit-results.schema.json",
};
const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>();
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" });

/** The report parsed: JSON, or JUnit XML as fast-xml-parser gives it. */
export function parseReport(format: Exclude<ReportFormat, "console">, text: string): any {
  if (format !== "junit") return JSON.parse(text);
  expect(text.startsWith('<?xml version="1.0"')).toBe(true);
  return xml.parse(text);
}

/** Parses `text` and expects it valid against its format's schema (listing every error); the parsed report. */
export function expectValidReport(format: Exclude<ReportFormat, "console">, text: string): any {
  let validate = validators.get(format);
  if (!validate) {
    validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, FILES[format]), "utf8")) as object);
    validators.set(format, validate);
  }
  const parsed = parseReport(format, text);
  const ok = validate(parsed);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return parsed;
}
