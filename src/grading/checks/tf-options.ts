/**
 * The options every TensorFlow.js check takes, as a JSON schema (ajv) and a type: `inputs`, how each
 * argument is passed (see `InputKind`), and the options a check adds.
 */
import type { InputKind } from "./tf-probe";

/** `checkOptions.inputs`: one `InputKind` per argument (missing entries: as stored). */
export interface TfOptions {
  inputs?: InputKind[];
}

const INPUTS = { type: "array", items: { enum: [null, "float32", "int32", "variables", "tensors"] } } as const;

/** The schema of a TensorFlow.js check's options: `inputs` and the check's own `extra` properties, nothing else. */
export function tfOptionsSchema(extra: Record<string, object> = {}): object {
  return { type: "object", properties: { inputs: INPUTS, ...extra }, additionalProperties: false };
}
