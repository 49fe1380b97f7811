/**
 * The JSON schema (draft-07, for ajv) of every frame the sandbox child may send (`ChildMessage`):
 * bounded texts, lists and objects, values as `WireValue` (a tensor's data a base64 string no longer
 * than `WIRE_LIMITS.numbers` float64 numbers need). `reply-validator.generated.js` is its
 * validator, compiled ahead of time by `npm run stubs` (src/validation) so that grading starts
 * without compiling it.
 */
import type { Options } from "ajv";
import { MAX_TEXT_CHARS } from "./protocol";
import { base64Length, WIRE_LIMITS } from "./wire";

/** How the reply's validator is compiled: the first error only (a malformed reply is one line). */
export const REPLY_AJV_OPTIONS: Options = { allErrors: false, strict: false };

const text = { type: "string", maxLength: MAX_TEXT_CHARS };
const id = { type: "integer", minimum: 1 };

/** The schema of a reply frame (see the module comment). */
export const REPLY_SCHEMA = {
  $id: "dnn-autograder/sandbox-reply",
  definitions: {
    value: {
      type: "object",
      required: ["kind"],
      oneOf: [
        {
          properties: {
            kind: { const: "tensor" },
            shape: { type: "array", maxItems: 32, items: { type: "integer", minimum: 0 } },
            data: { type: "string", maxLength: base64Length(WIRE_LIMITS.numbers * 8) },
            source: { type: "string", maxLength: 200 },
            dtype: { type: "string", maxLength: 40 },
          },
          required: ["kind", "shape", "data", "source"],
          additionalProperties: false,
        },
        {
          properties: {
            kind: { const: "object" },
            entries: { type: "object", maxProperties: 10_000, propertyNames: { maxLength: 200 }, additionalProperties: { $ref: "#/definitions/value" } },
          },
          required: ["kind", "entries"],
          additionalProperties: false,
        },
        {
          properties: { kind: { const: "list" }, items: { type: "array", maxItems: 100_000, items: { $ref: "#/definitions/value" } } },
          required: ["kind", "items"],
          additionalProperties: false,
        },
        { properties: { kind: { const: "string" }, value: text }, required: ["kind", "value"], additionalProperties: false },
        { properties: { kind: { const: "boolean" }, value: { type: "boolean" } }, required: ["kind", "value"], additionalProperties: false },
        { properties: { kind: { const: "other" }, type: text }, required: ["kind", "type"], additionalProperties: false },
      ],
    },
  },
  type: "object",
  required: ["type"],
  oneOf: [
    { properties: { type: { const: "ready" } }, additionalProperties: false },
    {
      properties: {
        type: { const: "loaded" },
        exports: { type: "object", maxProperties: 10_000, propertyNames: { maxLength: 200 }, additionalProperties: { type: "string", maxLength: 40 } },
        tainted: { type: "boolean" },
        backend: {
          type: "object",
          properties: { name: { enum: ["wasm", "cpu"] }, simd: { type: "boolean" }, fallback: { type: "string", maxLength: 300 } },
          required: ["name", "simd"],
          additionalProperties: false,
        },
      },
      required: ["exports", "tainted"],
      additionalProperties: false,
    },
    { properties: { type: { const: "load-error" }, message: text }, required: ["message"], additionalProperties: false },
    {
      properties: {
        type: { const: "result" },
        id,
        value: { $ref: "#/definitions/value" },
        argsAfter: { type: "array", maxItems: 64, items: { $ref: "#/definitions/value" } },
        tainted: { type: "boolean" },
      },
      required: ["id", "value", "argsAfter", "tainted"],
      additionalProperties: false,
    },
    {
      properties: { type: { const: "threw" }, id, message: text, tainted: { type: "boolean" } },
      required: ["id", "message", "tainted"],
      additionalProperties: false,
    },
  ],
} as const;
