/**
 * Where the grading process applies a check's schemas (see `defineCheck`): a case's `checkOptions`
 * when fixtures are generated and loaded (a mismatch is one `UserInputError` naming the file, the
 * case and the field) and before a judge runs, and the probe's report before any judge sees it.
 * One ajv instance, each schema compiled once, all errors collected. Never loaded in the sandbox.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { UserInputError } from "../../errors";
import { decodeValue } from "../../fixtures/encode";
import type { FixtureCase } from "../../fixtures/types";
import type { Described } from "../describe";
import type { CaseCheck } from "./types";

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** An ajv error as "<root><path>: message (detail)", the path given by `pathOf` (default: ajv's JSON path). */
function errorText(root: string, e: ErrorObject, pathOf: (instancePath: string) => string = (p) => p): string {
  const extra = e.keyword === "additionalProperties" ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : "";
  const allowed = e.keyword === "enum" ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")})` : "";
  const constant = e.keyword === "const" ? ` (${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)})` : "";
  return `${root}${pathOf(e.instancePath)}: ${e.message ?? "is invalid"}${extra}${allowed}${constant}`;
}

/**
 * A JSON path into a described report as a path into what the probe returned: the `entries` and
 * `items` levels of `Described` are dropped (`/entries/slopes/entries/W1/kind` → `/slopes/W1/kind`).
 */
export function reportPath(instancePath: string): string {
  const segments = instancePath.split("/").slice(1);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const container = segments[i] === "entries" || segments[i] === "items";
    if (container && i + 1 < segments.length) out.push(segments[++i]);
    else out.push(segments[i]);
  }
  return out.map((s) => `/${s}`).join("");
}

/**
 * The case's `checkOptions` (encoded, as in a case or data file; absent: `{}`), decoded and validated
 * against `check`'s options schema. Throws a `UserInputError` naming `where` (the file), the case and
 * each offending field.
 */
export function checkOptionsOf(check: CaseCheck, encoded: unknown, where: string, caseId: string): unknown {
  const options = encoded === undefined ? {} : decodeValue(encoded as never, `${where}: case "${caseId}": checkOptions`);
  const validate = validator(check.optionsSchema);
  if (validate(options)) return options;
  const errors = [...new Set((validate.errors ?? []).map((e) => errorText("checkOptions", e)))];
  throw new UserInputError(`${where}: case "${caseId}": invalid checkOptions for check "${check.name}": ${errors.join("; ")}`);
}

const decodedOptions = new WeakMap<FixtureCase, unknown>();

/**
 * A loaded case's options, decoded and validated once per case (see `checkOptionsOf`; loading has
 * already refused a case whose options do not follow its check's schema).
 */
export function optionsOfCase(check: CaseCheck, fixtureCase: FixtureCase): unknown {
  if (decodedOptions.has(fixtureCase)) return decodedOptions.get(fixtureCase);
  const options = checkOptionsOf(check, fixtureCase.checkOptions, "the fixture", fixtureCase.id);
  decodedOptions.set(fixtureCase, options);
  return options;
}

/** Why `report` does not follow `check`'s report schema (the first reasons), or undefined when it does. */
export function reportProblem(check: CaseCheck, report: Described): string | undefined {
  const validate = validator(check.reportSchema);
  if (validate(report)) return undefined;
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((e) => errorText("report", e, reportPath))
    .join("; ");
}
