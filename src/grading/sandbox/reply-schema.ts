/**
 * The grader's check of every frame the sandbox sends: JSON of bounded size, a reply of the known
 * types (the ajv schema of `reply-json-schema.ts`, compiled ahead of time), and values that decode
 * (`decodeWireValue`: each tensor's data the canonical base64 of exactly the float64 numbers its shape
 * needs, within `WIRE_LIMITS`). A frame that fails any of these is a malformed reply; the reason is
 * for the message, never a crash of the grader.
 */
import type { ChildMessage } from "./protocol";
import { REPLY_AJV_OPTIONS, REPLY_SCHEMA } from "./reply-json-schema";
import { decodeWireValue, MalformedValue, WIRE_LIMITS, type WireValue } from "./wire";
import type { Described } from "../describe";
import { compileNow, generatedValidators } from "../../validation/validators";

/** Compiled ahead of time from `REPLY_SCHEMA` (src/validation). */
const validate = generatedValidators(() => require("./reply-validator.generated")).reply ?? compileNow(REPLY_SCHEMA, REPLY_AJV_OPTIONS);

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
