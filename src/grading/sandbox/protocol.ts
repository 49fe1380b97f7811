/**
 * Messages between the grading process and the sandbox child (Node IPC with structured-clone
 * serialisation, so Float64Array, NaN and ±Infinity cross intact). One request is in flight at a time.
 */
import type { EncodedValue } from "../../fixtures/types";
import type { Described } from "../describe";

export type ParentMessage =
  | { type: "load"; modulePath: string }
  | { type: "call"; id: number; fn: string; args: EncodedValue[]; check?: string; checkOptions?: EncodedValue };

export type ChildMessage =
  | { type: "ready" }
  | { type: "loaded"; exports: Record<string, string> }
  | { type: "load-error"; message: string }
  | { type: "result"; id: number; value: Described; argsAfter: Described[]; ms: number }
  | { type: "threw"; id: number; message: string };
