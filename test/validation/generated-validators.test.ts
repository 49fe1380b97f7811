/**
 * The validators compiled ahead of time (`npm run stubs`) are as generated from today's schemas, and
 * they decide as ajv compiling those schemas now decides: on sandbox replies, on the committed fixture
 * files and on every check's options and reports, accepted and refused alike.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURE_AJV_OPTIONS, readFixtureSchema } from "../../src/fixtures/schema";
import { CHECK_AJV_OPTIONS, checkSchemaName } from "../../src/grading/checks/check-schemas";
import { CHECKS } from "../../src/grading/checks/registry";
import { REPLY_AJV_OPTIONS, REPLY_SCHEMA } from "../../src/grading/sandbox/reply-json-schema";
import { generatedValidatorModules } from "../../src/validation/generated-validators";
import { compileNow, type Validator } from "../../src/validation/validators";

const ROOT = path.join(__dirname, "..", "..");

test.each(generatedValidatorModules(ROOT).map((m) => [path.relative(ROOT, m.file), m] as const))(
  "%s is as generated (run `npm run stubs` after changing a schema)",
  (_rel, { file, text }) => {
    expect(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `${file} is missing`).toBe(text);
  },
);

/** Both validators' verdicts and first error paths on `data`. */
function verdicts(ahead: Validator, now: Validator, data: unknown): [unknown, unknown] {
  const a = ahead(data);
  const n = now(data);
  return [
    [a, (ahead.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)],
    [n, (now.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)],
  ];
}

const tensor = { kind: "tensor", shape: [2], data: Buffer.from(new Float64Array([1, NaN]).buffer).toString("base64"), source: "number[]" };

test("the sandbox reply's validator decides every frame as the schema compiled now", () => {
  const ahead = require("../../src/grading/sandbox/reply-validator.generated").reply as Validator;
  const now = compileNow(REPLY_SCHEMA, REPLY_AJV_OPTIONS);
  const frames: unknown[] = [
    { type: "ready" },
    { type: "ready", extra: 1 },
    { type: "loaded", exports: { f: "function" }, tainted: false },
    { type: "loaded", exports: { f: "function" } },
    { type: "result", id: 1, value: tensor, argsAfter: [], tainted: false },
    { type: "result", id: 0, value: tensor, argsAfter: [], tainted: false },
    { type: "result", id: 1, value: { ...tensor, data: [1, "NaN"] }, argsAfter: [], tainted: false },
    { type: "result", id: 1, value: { ...tensor, data: "A".repeat(10_666_669) }, argsAfter: [], tainted: false },
    { type: "result", id: 1, value: { kind: "object", entries: { W1: tensor } }, argsAfter: [tensor], tainted: true },
    { type: "threw", id: 2, message: "x".repeat(100_000), tainted: false },
    { type: "unknown" },
    null,
    "ready",
  ];
  for (const frame of frames) {
    const [a, n] = verdicts(ahead, now, frame);
    expect(a).toEqual(n);
  }
  expect(frames.map((f) => ahead(f))).toContain(false);
  expect(frames.map((f) => ahead(f))).toContain(true);
});

test("the fixture files' validators decide the committed files, and broken copies, as the schemas compiled now", () => {
  const ahead = require("../../src/fixtures/schema-validators.generated") as Record<string, Validator>;
  const dataDir = path.join(ROOT, "fixtures", "data");
  const casesDir = path.join(ROOT, "fixtures", "cases");
  const samples: [string, unknown][] = [];
  const jsonUnder = (dir: string): string[] =>
    fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json"))
      .map((f) => path.join(dir, f));
  for (const file of jsonUnder(dataDir).slice(0, 3)) samples.push(["fixture-file.schema.json", JSON.parse(fs.readFileSync(file, "utf8"))]);
  for (const file of jsonUnder(casesDir).slice(0, 3)) samples.push(["case-file.schema.json", JSON.parse(fs.readFileSync(file, "utf8"))]);
  expect(samples.length).toBeGreaterThanOrEqual(4);
  for (const [schema, data] of samples) {
    const now = compileNow(readFixtureSchema(schema), FIXTURE_AJV_OPTIONS);
    for (const variant of [data, { ...(data as object), unexpected: true }, { ...(data as object), cases: "none" }, []]) {
      const [a, n] = verdicts(ahead[schema], now, variant);
      expect(a).toEqual(n);
    }
  }
});

test("every check's options and report validators decide as the check's schemas compiled now", () => {
  const ahead = require("../../src/grading/checks/check-validators.generated") as Record<string, Validator>;
  const values: unknown[] = [
    {},
    { tolerance: "x" },
    { kind: "tensor", shape: [], data: new Float64Array([1]), source: "number" },
    { kind: "object", entries: {} },
    null,
  ];
  for (const check of CHECKS) {
    for (const which of ["options", "report"] as const) {
      const schema = which === "options" ? check.optionsSchema : check.reportSchema;
      const now = compileNow(schema, CHECK_AJV_OPTIONS);
      const validate = ahead[checkSchemaName(check, which)];
      expect(validate).toBeDefined();
      for (const value of values) {
        const [a, n] = verdicts(validate, now, value);
        expect(a).toEqual(n);
      }
    }
  }
});
