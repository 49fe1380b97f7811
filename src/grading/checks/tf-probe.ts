/**
 * What the TensorFlow.js checks' probes share (they run in the sandbox, see `types.ts`):
 * - TensorFlow.js is loaded on first use, so grading other assignments never pays for it;
 * - a case's inputs, stored as numbers and matrices, become tensors or variables as the course
 *   passes them (`checkOptions.inputs`, one entry per argument);
 * - the graded call is made with the engine's tensor count taken before and after it, the inputs are
 *   checked afterwards (not disposed, not changed), and whatever came back is copied out of the engine
 *   before the probe disposes everything it made.
 */
import type { Tensor } from "@tensorflow/tfjs-core";

/** The type of the `@tensorflow/tfjs-core` module, loaded lazily by `tfjs()`. */
export type Tf = typeof import("@tensorflow/tfjs-core");

let loaded: Tf | undefined;

/** TensorFlow.js as the course code sets it up (CPU backend, gradients registered, quiet). */
export function tfjs(): Tf {
  loaded ??= (require("../../course/week3/tfjs") as { tf: Tf }).tf;
  return loaded;
}

/**
 * How a probe passes one argument: `null` as stored; `"float32"`/`"int32"` as a tensor of that dtype
 * (a number becomes a scalar tensor); `"variables"` / `"tensors"`: an object of matrices whose entries
 * become trainable `tf.Variable`s / float32 tensors (the course's `parameters`).
 */
export type InputKind = null | "float32" | "int32" | "variables" | "tensors";

/** The arguments as the graded function receives them, and every tensor made for them (with its name). */
export interface PreparedInputs {
  inputs: unknown[];
  made: { name: string; tensor: Tensor; before: number[] }[];
}

/**
 * Converts `args` following `kinds` (missing entries: as stored). Inputs are named `$i` (argument i)
 * or `$i.key`: the probe does not know parameter names, the judge does (`nameArguments`).
 */
export function prepareInputs(args: unknown[], list: readonly InputKind[] = []): PreparedInputs {
  const tf = tfjs();
  const made: PreparedInputs["made"] = [];
  const track = (name: string, tensor: Tensor) => {
    made.push({ name, tensor, before: Array.from(tensor.dataSync()) });
    return tensor;
  };
  const inputs = args.map((arg, i) => {
    const kind = list[i] ?? null;
    const name = `$${i}`;
    if (kind === "float32" || kind === "int32") return track(name, tf.tensor(arg as number, undefined, kind));
    if (kind === "variables" || kind === "tensors") {
      const out: Record<string, Tensor> = {};
      for (const [key, value] of Object.entries(arg as Record<string, number[][]>)) {
        const initial = tf.tensor(value, undefined, "float32");
        if (kind === "tensors") out[key] = track(`${name}.${key}`, initial);
        else {
          out[key] = track(`${name}.${key}`, tf.variable(initial, true));
          initial.dispose();
        }
      }
      return out;
    }
    return arg;
  });
  return { inputs, made };
}

/** What became of the inputs: "disposed its input $0", "changed its input $1.W1". */
export function inputProblems(prepared: PreparedInputs): string[] {
  const problems: string[] = [];
  for (const { name, tensor, before } of prepared.made) {
    if (tensor.isDisposed) problems.push(`disposed its input ${name}`);
    else {
      const after = tensor.dataSync();
      if (after.length !== before.length || before.some((x, k) => !Object.is(x, after[k]))) problems.push(`changed its input ${name}`);
    }
  }
  return problems;
}

/** Every distinct tensor in `value` (nested in arrays and plain objects). */
export function tensorsIn(value: unknown, found = new Map<number, Tensor>(), depth = 0): Map<number, Tensor> {
  const tf = tfjs();
  if (depth > 10 || value === null || typeof value !== "object") return found;
  if (value instanceof tf.Tensor) found.set(value.id, value);
  else if (Array.isArray(value)) value.forEach((v) => tensorsIn(v, found, depth + 1));
  else for (const v of Object.values(value)) tensorsIn(v, found, depth + 1);
  return found;
}

/** A tensor copied out of the engine: still tensor-like for `describe` (shape, dtype, dataSync). */
export interface TensorCopy {
  shape: number[];
  dtype: string;
  dataSync(): ArrayLike<number>;
}

/** `value` with every tensor replaced by a copy (a disposed one by the text "a disposed tensor"). */
export function copyOut(value: unknown, depth = 0): unknown {
  const tf = tfjs();
  if (depth > 10 || value === null || typeof value !== "object") return value;
  if (value instanceof tf.Tensor) {
    if (value.isDisposed) return "a disposed tensor";
    const data = value.dataSync().slice();
    return { shape: [...value.shape], dtype: value.dtype, dataSync: () => data } satisfies TensorCopy;
  }
  if (Array.isArray(value)) return value.map((v) => copyOut(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = copyOut(v, depth + 1);
  return out;
}

/** The result of one graded call with tensor bookkeeping. */
export interface TrackedCall {
  result: unknown;
  /** How many tensors the engine holds more after the call than before it. */
  created: number;
  /** How many of those the call returned (live tensors in the result that are not inputs). */
  returned: number;
}

/** Calls `fn(...inputs)` and counts the tensors it left allocated. */
export function trackedCall(fn: (...a: unknown[]) => unknown, prepared: PreparedInputs): TrackedCall {
  const tf = tfjs();
  const before = tf.memory().numTensors;
  const result = fn(...prepared.inputs);
  const created = tf.memory().numTensors - before;
  const inputIds = new Set(prepared.made.map((m) => m.tensor.id));
  let returned = 0;
  for (const [id, t] of tensorsIn(result)) if (!inputIds.has(id) && !t.isDisposed) returned++;
  return { result, created, returned };
}

/** Disposes the inputs and what the call returned (whatever is still alive). */
export function disposeAll(prepared: PreparedInputs, result: unknown): void {
  const tensors = tensorsIn(result);
  for (const m of prepared.made) tensors.set(m.tensor.id, m.tensor);
  for (const t of tensors.values()) if (!t.isDisposed) t.dispose();
}

/** The graded function `fn` of the student's module. */
export function gradedFunction(submitted: Record<string, unknown>, fn: string): (...a: unknown[]) => unknown {
  return submitted[fn] as (...a: unknown[]) => unknown;
}
