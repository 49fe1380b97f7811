/**
 * Messages between the grading process and the sandbox child, one JSON document per line: requests
 * on the child's stdin, replies on its file descriptor 3. Nothing the child writes is trusted: every
 * reply frame is bounded in size (`MAX_FRAME_BYTES`), parsed, validated against `reply-schema.ts`
 * and decoded with `decodeWireValue` (tensor data travels as the base64 of its float64 bytes, see
 * `wire.ts`); anything else fails the case as a malformed reply.
 * One request is in flight at a time and each but `prepare` expects exactly one reply.
 */
import type { EncodedValue } from "../../fixtures/types";
import type { TensorflowBackend, TensorflowBackendRequest } from "../../course/week3/tf-backend";
import type { WireValue } from "./wire";

/** The largest reply frame accepted, in bytes (a larger one is malformed and ends the child). */
export const MAX_FRAME_BYTES = 32 * 1024 * 1024;
/** The longest text (an error message, an export's type) a reply may carry. */
export const MAX_TEXT_CHARS = 20_000;

/**
 * A request from the grading process: load the submitted module (listing its exports), after starting
 * TensorFlow.js's backend when `tensorflow` asks for one (a week-3 module), or run one call (or a
 * check's probe) on a freshly loaded instance of it. `prepare`, sent to a child started ahead of its
 * module, starts that backend early and has no reply of its own: the load that follows waits for it
 * and answers for both.
 */
export type ParentMessage =
  | { type: "prepare"; tensorflow: TensorflowBackendRequest }
  | { type: "load"; modulePath: string; tensorflow?: TensorflowBackendRequest }
  | { type: "call"; id: number; fn: string; args: EncodedValue[]; check?: string; checkOptions?: EncodedValue };

/**
 * A reply from the sandbox child: ready after start-up, the module's exports by `typeof` (and the
 * TensorFlow.js backend it started before loading a week-3 module), or a call's
 * described result (with the arguments as they were afterwards) or error. `tainted` says the call
 * changed shared state (globals, built-ins, the harness's exports), so the next case needs a new child.
 */
export type ChildMessage =
  | { type: "ready" }
  | { type: "loaded"; exports: Record<string, string>; tainted: boolean; backend?: TensorflowBackend }
  | { type: "load-error"; message: string }
  | { type: "result"; id: number; value: WireValue; argsAfter: WireValue[]; tainted: boolean }
  | { type: "threw"; id: number; message: string; tainted: boolean };
