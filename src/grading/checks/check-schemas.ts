/**
 * Where the grading process applies a check's schemas (see `defineCheck`): a case's `checkOptions`
 * when fixtures are generated and loaded (a mismatch is one `UserInputError` naming the file, the
 * case and the field) and before a judge runs, and the probe's report before any judge sees it.
 * One ajv instance, each schema compiled once, all errors collected. Never loaded in the sandbox.
 */
import type { ErrorObject, Options } from "ajv";
import { UserInputError } from "../../errors";
import { decodeValue } from "../../fixtures/encode";
import type { FixtureCase } from "../../fixtures/types";
import { kindName, type Described } from "../describe";
import { compileNow, generatedValidators, type Validator } from "../../validation/validators";
import { findCheck } from "./registry";
import type { CaseCheck } from "./types";

/** How check schemas are compiled: every error; verbose, so that a refused report's message quotes the failing schema's description (`parentSchema`). */
export const CHECK_AJV_OPTIONS: Options = { allErrors: true, strict: false, verbose: true };

/** The export name of a check's schema in `check-validators.generated.js`. */
export function checkSchemaName(check: CaseCheck, which: "options" | "report"): string {
  return `${check.name}/${which}`;
}

const compiled = new WeakMap<object, Validator>();

/** `check`'s options or report validator: compiled ahead of time by `npm run stubs` (src/validation) for the registered checks, else now. */
function validator(check: CaseCheck, which: "options" | "report"): Validator {
  const schema = which === "options" ? check.optionsSchema : check.reportSchema;
  let validate = compiled.get(schema);
  if (!validate) {
    const ahead = generatedValidators(() => require("./check-validators.generated"))[checkSchemaName(check, which)];
    validate = ahead !== undefined && findCheck(check.name) === check ? ahead : compileNow(schema, CHECK_AJV_OPTIONS);
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
 * `items` levels of `Described` are dropped (`/entries/slopes/entries/W1/kind` → `/slopes/W1/kind`; a trailing `/entries` is the object itself).
 */
export function reportPath(instancePath: string): string {
  const segments = instancePath.split("/").slice(1);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const container = segments[i] === "entries" || segments[i] === "items";
    if (!container) out.push(segments[i]);
    else if (i + 1 < segments.length) out.push(segments[++i]);
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
  const validate = validator(check, "options");
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

/**
 * Why `report` does not follow `check`'s report schema, or undefined when it does: the first few
 * offending places, each as the shallowest failing schema's description ("report/created: must be a
 * number, got a string ("none")") when it has one.
 */
export function reportProblem(check: CaseCheck, report: Described): string | undefined {
  const validate = validator(check, "report");
  if (validate(report)) return undefined;
  const byPath = new Map<string, string>();
  for (const e of validate.errors ?? []) {
    const description = (e.parentSchema as { description?: unknown } | undefined)?.description;
    const path = reportPath(e.instancePath);
    const described = e.keyword !== "additionalProperties" && typeof description === "string" && isDescribed(e.data);
    const text = described ? `report${path}: must be ${description}, got ${kindName(e.data as Described)}` : errorText("report", e, reportPath);
    if (!byPath.has(path) || described) byPath.set(path, text);
  }
  const paths = [...byPath.keys()];
  const shallowest = paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q + "/")));
  return shallowest
    .slice(0, 3)
    .map((p) => byPath.get(p))
    .join("; ");
}

function isDescribed(data: unknown): boolean {
  return typeof data === "object" && data !== null && typeof (data as { kind?: unknown }).kind === "string";
}
