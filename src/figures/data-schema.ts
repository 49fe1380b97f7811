/**
 * Building blocks of the JSON Schemas (ajv) that each experiment's figure data must follow before
 * the grading process draws anything from it. The data comes from the sandbox, so every array and
 * string is bounded, and objects admit no other property.
 */
import { NON_FINITE } from "./wire-numbers";

/** The longest label a figure accepts from the sandbox (before `cleanLine` cuts it further). */
export const MAX_LABEL_CHARS = 200;
/** The most points one curve may have (a cost per epoch of a long run). */
export const MAX_CURVE_POINTS = 100_000;

/** A JSON Schema, as ajv reads it. */
export type Schema = Record<string, unknown>;

/** A number, or NaN / ±Infinity spelled as strings (`wire-numbers.ts`). */
export const WIRE_NUMBER: Schema = { anyOf: [{ type: "number" }, { enum: [...NON_FINITE] }] };
/** A finite number. */
export const NUMBER: Schema = { type: "number" };
/** A boolean. */
export const BOOLEAN: Schema = { type: "boolean" };
/** A run's label. */
export const LABEL: Schema = { type: "string", maxLength: MAX_LABEL_CHARS };

/** A list of at most `maxItems` wire numbers. */
export function wireNumbers(maxItems = MAX_CURVE_POINTS): Schema {
  return { type: "array", items: WIRE_NUMBER, maxItems };
}

/** Exactly `length` values, each 0 or 1 (a decision boundary's grid). */
export function bits(length: number): Schema {
  return { type: "array", items: { enum: [0, 1] }, minItems: length, maxItems: length };
}

/** A list of at most `maxItems` items following `items`. */
export function listOf(items: Schema, maxItems: number): Schema {
  return { type: "array", items, maxItems };
}

/** An integer in `[minimum, maximum]`. */
export function integer(minimum: number, maximum: number): Schema {
  return { type: "integer", minimum, maximum };
}

/** An object with exactly these properties, all required. */
export function objectOf(properties: Record<string, Schema>): Schema {
  return { type: "object", properties, required: Object.keys(properties), additionalProperties: false };
}
