/**
 * The modules of validators compiled ahead of time that `npm run stubs` writes (see `validators.ts`):
 * the sandbox reply's, the fixture files' and every registered check's options and report.
 */
import * as path from "node:path";
import { FIXTURE_AJV_OPTIONS, FIXTURE_SCHEMA_FILES, readFixtureSchema } from "../fixtures/schema";
import { CHECK_AJV_OPTIONS, checkSchemaName } from "../grading/checks/check-schemas";
import { CHECKS } from "../grading/checks/registry";
import { REPLY_AJV_OPTIONS, REPLY_SCHEMA } from "../grading/sandbox/reply-json-schema";
import { standaloneModule, type StandaloneModule } from "./standalone";

/** The generated modules under `root` (the package's folder), each with the text it must hold. */
export function generatedValidatorModules(root: string): StandaloneModule[] {
  const checks: Record<string, object> = {};
  for (const check of CHECKS) {
    checks[checkSchemaName(check, "options")] = check.optionsSchema;
    checks[checkSchemaName(check, "report")] = check.reportSchema;
  }
  const fixtures: Record<string, object> = {};
  for (const file of FIXTURE_SCHEMA_FILES) fixtures[file] = readFixtureSchema(file);
  return [
    standaloneModule(
      path.join(root, "src", "grading", "sandbox", "reply-validator.generated.js"),
      REPLY_AJV_OPTIONS,
      { reply: REPLY_SCHEMA },
      "reply-json-schema.ts",
    ),
    standaloneModule(path.join(root, "src", "fixtures", "schema-validators.generated.js"), FIXTURE_AJV_OPTIONS, fixtures, "fixtures/schema/*.schema.json"),
    standaloneModule(
      path.join(root, "src", "grading", "checks", "check-validators.generated.js"),
      CHECK_AJV_OPTIONS,
      checks,
      "every check's optionsSchema and reportSchema",
    ),
  ];
}
