/**
 * The grading process's check of an experiment's figure data before anything is drawn from it: the
 * experiment's ajv schema (bounded arrays and strings, no other property), then every string cleaned
 * (`cleanLine`: labels are the sandbox's text), then the experiment's figure builder, which may still
 * refuse data it cannot draw (`MalformedFigureData`).
 */
import Ajv, { type ValidateFunction } from "ajv";
import type { Experiment } from "../experiments/define";
import { cleanLine } from "../grading/clean-text";
import type { Figure } from "./figure";
import { MalformedFigureData } from "./malformed";

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
const compiled = new Map<string, ValidateFunction>();

function validatorOf(experiment: Experiment): ValidateFunction {
  let validate = compiled.get(experiment.name);
  if (!validate) {
    validate = ajv.compile(experiment.figureSchema);
    compiled.set(experiment.name, validate);
  }
  return validate;
}

/** `value` with every string in it cleaned for display (it passed the schema: plain JSON, bounded). */
function cleanStrings(value: unknown): unknown {
  if (typeof value === "string") return cleanLine(value, 200);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, cleanStrings(v)]));
  }
  return value;
}

/** The figures of `data`, or why it is malformed (the field and what was expected). */
export function figuresOf(experiment: Experiment, data: unknown): { ok: true; figures: Figure[] } | { ok: false; message: string } {
  const validate = validatorOf(experiment);
  if (!validate(data)) {
    const error = validate.errors?.[0];
    return { ok: false, message: error ? `${error.instancePath || "/"}: ${error.message ?? "is not as expected"}` : "it does not follow its schema" };
  }
  try {
    return { ok: true, figures: experiment.figures(cleanStrings(data)) };
  } catch (error) {
    if (error instanceof MalformedFigureData) return { ok: false, message: error.message };
    throw error;
  }
}
