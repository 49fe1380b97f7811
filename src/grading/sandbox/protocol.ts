/**
 * Messages between the grading process and the sandbox child (Node IPC with structured-clone
 * serialisation, so Float64Array, NaN and ±Infinity cross intact). One request is in flight at a time.
 */
import type { EncodedValue } from "../../fixtures/types";
import type { Described } from "../describe";

/** A request from the grading process: load the submitted module, or run one call (or a check's probe). */
export type ParentMessage =
  | { type: "load"; modulePath: string }
  | { type: "call"; id: number; fn: string; args: EncodedValue[]; check?: string; checkOptions?: EncodedValue };

/**
 * A reply from the sandbox child: ready after start-up, the module's exports by `typeof`, or a call's
 * described result (with the arguments as they were afterwards, for the unmutated check) or error.
 */
export type ChildMessage =
  | { type: "ready" }
  | { type: "loaded"; exports: Record<string, string> }
  | { type: "load-error"; message: string }
  | { type: "result"; id: number; value: Described; argsAfter: Described[]; ms: number }
  | { type: "threw"; id: number; message: string };
