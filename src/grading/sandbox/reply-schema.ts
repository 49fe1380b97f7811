/**
 * The grader's check of every frame the sandbox sends: JSON of bounded size, a reply of the known
 * types (ajv schema), and values that decode (`decodeWireValue`). A frame that fails any of these is
 * a malformed reply; the reason is for the message, never a crash of the grader.
 */
import Ajv from "ajv";
import { MAX_TEXT_CHARS, type ChildMessage } from "./protocol";
import { decodeWireValue, MalformedValue, WIRE_LIMITS, type WireValue } from "./wire";
import type { Described } from "../describe";

const text = { type: "string", maxLength: MAX_TEXT_CHARS };
const id = { type: "integer", minimum: 1 };

const SCHEMA = {
  $id: "dnn-autograder/sandbox-reply",
  definitions: {
    number: { anyOf: [{ type: "number" }, { enum: ["NaN", "Infinity", "-Infinity"] }] },
    value: {
      type: "object",
      required: ["kind"],
      oneOf: [
        {
          properties: {
            kind: { const: "tensor" },
            shape: { type: "array", maxItems: 32, items: { type: "integer", minimum: 0 } },
            data: { type: "array", items: { $ref: "#/definitions/number" } },
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

const validate = new Ajv({ allErrors: false, strict: false }).compile(SCHEMA);

/** A validated reply, its values decoded; or why the frame is malformed. */
export type CheckedReply =
  | { ok: true; message: Exclude<ChildMessage, { type: "result" }> }
  | { ok: true; message: { type: "result"; id: number; value: Described; argsAfter: Described[]; tainted: boolean } }
  | { ok: false; reason: string };

/** Parses and checks one frame (see the module comment). Never throws. */
export function checkReply(frame: string): CheckedReply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return { ok: false, reason: "a frame that is not JSON" };
  }
  try {
    if (!validate(parsed)) {
      const first = validate.errors?.[0];
      return { ok: false, reason: `a reply that does not follow the protocol${first ? ` (${first.instancePath || "/"} ${first.message ?? ""})` : ""}` };
    }
    const message = parsed as ChildMessage;
    if (message.type !== "result") return { ok: true, message };
    const budget = { numbers: WIRE_LIMITS.numbers };
    return {
      ok: true,
      message: {
        type: "result",
        id: message.id,
        value: decodeWireValue(message.value as WireValue, budget),
        argsAfter: message.argsAfter.map((a) => decodeWireValue(a as WireValue, budget)),
        tainted: message.tainted,
      },
    };
  } catch (error) {
    if (error instanceof MalformedValue) return { ok: false, reason: error.message };
    // A value too deep for the validator's recursion, for instance.
    return { ok: false, reason: "a reply that could not be checked" };
  }
}
