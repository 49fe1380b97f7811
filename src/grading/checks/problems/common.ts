/**
 * What a gradient problem is (see ../gradient-problems) and the helpers problems share: copies
 * for calls into a module, and conversion of whatever a module returned into numbers and matrices.
 */
import { describeValue } from "../../describe";
import type { DifferentiableFunction, NamedValues } from "../../finite-difference";
import type { Matrix, Operand } from "../../../np/matrix";

/** A `gradient-consistency` case's `checkOptions`, decoded (see ../gradient-consistency). */
export interface GradientOptions {
  /** The problem's name (`GradientProblem.name`). */
  problem: string;
  /** The seed a problem draws with (dropout masks). */
  seed?: number;
  /** The seed of the random upstream gradient (default 0). */
  upstreamSeed?: number;
  /** The finite differences' step (default 1e-6). */
  epsilon?: number;
  /** The largest relative difference accepted between backward and differences (default 1e-6). */
  consistency?: number;
}

/** A problem set up at one point, from one module (the student's or the reference's). */
export interface ProblemSetup {
  /** The point θ where the gradients are compared: the named inputs. */
  inputs: NamedValues;
  /**
   * The forward built on the module's own function(s), and the module's backward given `dOut`.
   * The backward's gradients are keyed by input name.
   */
  fn: DifferentiableFunction;
  /** The module's backward on the case's own arguments (no upstream scaling), keyed by input name. */
  atArguments(): NamedValues;
}

/**
 * A named way to turn a graded module into a forward and its backward for the finite-difference
 * checker; the `gradient-consistency` check looks it up by `name`.
 */
export interface GradientProblem {
  /** The name a case gives in `checkOptions.problem`, e.g. `week1/regularization/l2`. */
  name: string;
  /** What the forward is, for messages: "computeCostWithRegularization (after the course's forwardPropagation)". */
  forward: string;
  /** The name each input's gradient has in the backward's result ("W1" → "dW1"), for messages. */
  labels: Record<string, string>;
  /**
   * Builds the problem from `module` (a submission's exports, or the reference) and the case's
   * arguments (the graded backward's arguments) and decoded `checkOptions`. Calls to the module
   * must get copies of anything they could mutate. Throws when the module's functions do.
   */
  setup(module: Record<string, unknown>, args: unknown[], options: GradientOptions): ProblemSetup;
  /**
   * At fixture generation, with the reference: undefined when the case's arguments are what the
   * reference's own forward produces at θ (e.g. dropout masks drawn with the seed in `checkOptions`),
   * otherwise why not.
   */
  checkArguments?(reference: Record<string, unknown>, args: unknown[], options: GradientOptions): string | undefined;
}

/** The module's export `name` as a function, or a clear error. */
export function functionOf(module: Record<string, unknown>, name: string): (...args: unknown[]) => unknown {
  const f = module[name];
  if (typeof f !== "function") throw new TypeError(`${name} is not exported`);
  return f as (...args: unknown[]) => unknown;
}

/** A deep copy of plain data (arrays, objects, numbers), so that a call cannot change the caller's. */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out as T;
  }
  return value;
}

/**
 * `value` as a number or a `number[][]` (a 1-D array as one row), whatever form the module returned
 * (mathjs matrix, typed array, tensor-like); a clear error naming `what` otherwise.
 */
export function asValue(value: unknown, what: string): Operand {
  const d = describeValue(value);
  if (d.kind !== "tensor" || d.shape.length > 2) {
    throw new TypeError(
      `${what} is ${d.kind === "tensor" ? `a ${d.shape.length}-D array` : d.kind === "other" ? d.type : `a ${d.kind}`}, expected a number or a matrix`,
    );
  }
  if (d.shape.length === 0) return d.data[0];
  const [rows, cols] = d.shape.length === 1 ? [1, d.shape[0]] : d.shape;
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) out.push(Array.from(d.data.subarray(i * cols, (i + 1) * cols)));
  return out;
}

/** `g·s` for a number `s` (a scalar cost's backward, scaled by the upstream `dOut`). */
export function times(g: Operand, s: number): Operand {
  return typeof g === "number" ? g * s : g.map((row) => row.map((x) => x * s));
}

/**
 * The gradients of `result` (a backward's returned object) named in `labels` (input → key), keyed by
 * input name, each as an Operand scaled by `scale`. A missing key is a clear error naming `fn`.
 */
export function pickGradients(result: unknown, labels: Record<string, string>, fn: string, scale = 1): NamedValues {
  if (result === null || typeof result !== "object")
    throw new TypeError(
      `${fn} returned ${describeValue(result).kind === "tensor" ? "an array" : typeof result}, expected an object with ${Object.values(labels).join(", ")}`,
    );
  const out: NamedValues = {};
  for (const [input, key] of Object.entries(labels)) {
    const g = (result as Record<string, unknown>)[key];
    if (g === undefined) throw new TypeError(`${fn} returned no ${key}`);
    out[input] = times(asValue(g, `${fn}'s ${key}`), scale);
  }
  return out;
}

/** The upstream gradient as a number: the checked forwards of week 1 are scalar costs. */
export function scalarUpstream(dOut: Operand): number {
  if (typeof dOut !== "number") throw new TypeError("the forward returned a matrix where a number (a cost) was expected");
  return dOut;
}
