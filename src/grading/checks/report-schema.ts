/**
 * JSON schemas (ajv) of `Described` values, from which checks declare the shape of their probe's
 * report, and the matching TypeScript types. A tensor's `data` is never constrained: it is a
 * `Float64Array` once the reply is decoded, and the wire's own checks bound it. Each schema has a
 * `description` ("a number"), which a refused report's message quotes.
 */
import type { Described } from "../describe";

/** A described tensor. */
export type DescribedTensor = Extract<Described, { kind: "tensor" }>;
/** A described string. */
export type DescribedString = Extract<Described, { kind: "string" }>;
/** A described list. */
export type DescribedList = Extract<Described, { kind: "list" }>;
/** A described object whose entries have the types `Entries`. */
export interface DescribedObject<Entries extends object> {
  kind: "object";
  entries: Entries;
}
/** A list of texts as `describe` gives it: a list of strings, or an empty tensor for an empty list. */
export type DescribedStrings = { kind: "list"; items: DescribedString[] } | (DescribedTensor & { shape: [0] });

/** Any described value. */
export const ANY = {
  description: "a value",
  type: "object",
  required: ["kind"],
  properties: { kind: { enum: ["tensor", "object", "list", "string", "boolean", "other"] } },
} as const;

/** A described number: a tensor of shape `[]`. */
export const NUMBER = {
  description: "a number",
  type: "object",
  required: ["kind", "shape", "data"],
  properties: { kind: { const: "tensor" }, shape: { type: "array", maxItems: 0 } },
} as const;

/** A described string. */
export const STRING = {
  description: "a string",
  type: "object",
  required: ["kind", "value"],
  properties: { kind: { const: "string" }, value: { type: "string" } },
} as const;

/** A described list of strings; an empty list arrives as an empty tensor. */
export const STRINGS = {
  description: "a list of strings",
  anyOf: [
    { type: "object", required: ["kind", "items"], properties: { kind: { const: "list" }, items: { type: "array", items: STRING } } },
    { type: "object", required: ["kind", "shape"], properties: { kind: { const: "tensor" }, shape: { const: [0] } } },
  ],
} as const;

/** A described object with the `required` entries of `entries` (others may be absent) and no other entries. */
export function objectOf(entries: Record<string, object>, required: readonly string[] = Object.keys(entries)): object {
  return {
    description: `an object of ${Object.keys(entries).join(", ")}`,
    type: "object",
    required: ["kind", "entries"],
    properties: {
      kind: { const: "object" },
      entries: { type: "object", required: [...required], properties: entries, additionalProperties: false },
    },
  };
}

/** A described object whose every entry follows `value`. */
export function recordOf(value: object): object {
  const of = (value as { description?: unknown }).description;
  return {
    description: typeof of === "string" ? `an object of ${of}s` : "an object",
    type: "object",
    required: ["kind", "entries"],
    properties: { kind: { const: "object" }, entries: { type: "object", additionalProperties: value } },
  };
}

/** The texts of a `DescribedStrings`. */
export function textsOf(value: DescribedStrings): string[] {
  return value.kind === "list" ? value.items.map((item) => item.value) : [];
}
