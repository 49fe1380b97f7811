/**
 * The harness's finite-difference checker, in vector–Jacobian form: a second, independent
 * computation of a gradient to hold a backward pass against.
 *
 * A function under test has named inputs (numbers or matrices) and one output (a number or a
 * matrix). For an upstream gradient `dOut` shaped like the output (drawn at random: {@link randomUpstream}),
 * the checker differentiates the scalar
 *
 *     J(inputs) = Σ dOut ⊙ forward(inputs)
 *
 * one input entry at a time by two-sided differences, `(J(x + ε·e_k) − J(x − ε·e_k)) / (2ε)`, which
 * is the k-th entry of `dOutᵀ·(∂forward/∂x)`: exactly what a backward pass given `dOut` returns.
 * No Jacobian is ever built; the cost is two forward calls per input entry.
 *
 * A backward for a scalar cost (the course's `backwardPropagation…`, which take no upstream
 * gradient) fits by scaling its gradients by the number `dOut`.
 *
 * Typical use:
 *
 *     const fn = { forward: ({ W, b }) => np.add(np.dot(W, X), b), backward: ({ W }, dOut) => ({ W: np.dotNT(dOut, X), b: np.sum(dOut, { axis: 1, keepdims: true }) }) };
 *     const report = checkGradients(fn, { W, b }, { rng: new RandomState(0) });
 *     report.passed; report.worst; report.differences.W
 */
import type { Matrix, Operand } from "../np/matrix";
import { RandomState } from "../random";

/** Named values (each a number or a rectangular `number[][]`, src/np's `Operand`): the inputs of a function, or the gradients with respect to them (same names, same shapes). */
export type NamedValues = Record<string, Operand>;

/** A function and its claimed backward pass, as the checker sees them. */
export interface DifferentiableFunction {
  /** The forward pass. It must not mutate `inputs` (wrap it with copies if unsure). */
  forward(inputs: NamedValues): Operand;
  /**
   * The backward pass: for each input it differentiates, the gradient of `Σ dOut ⊙ forward(inputs)`
   * with respect to that input, shaped like it. Inputs it leaves out are not checked.
   */
  backward(inputs: NamedValues, dOut: Operand): NamedValues;
}

/** Options of `checkGradients`; every field has a default. */
export interface CheckOptions {
  /** Draws `dOut` (default `new RandomState(0)`). */
  rng?: RandomState;
  /** A given upstream gradient instead of a random one. */
  dOut?: Operand;
  /** The step ε of the two-sided differences (default 1e-6). */
  epsilon?: number;
  /** The inputs to check (default: those the backward returns). */
  wrt?: readonly string[];
  /** An input passes when its {@link relativeDifference} is at most this (default 1e-6). */
  tolerance?: number;
}

/** What the checker found. */
export interface GradientReport {
  /** `forward(inputs)`. */
  value: Operand;
  /** The upstream gradient used. */
  dOut: Operand;
  /** What the backward returned for the checked inputs. */
  analytic: NamedValues;
  /** The two-sided differences, same names and shapes. */
  numeric: NamedValues;
  /** {@link relativeDifference} of analytic and numeric, per checked input (NaN when either is not finite). */
  differences: Record<string, number>;
  /** The checked input with the largest difference (NaN counts as largest). */
  worst: { name: string; difference: number } | undefined;
  /**
   * The rounding level of the differences: `1000·2⁻⁵²·Σ|dOut ⊙ value| / ε`. Below it, per entry, two
   * gradients count as equal (a gradient that is truly 0 comes back from the differences as noise).
   */
  noise: number;
  /** Every checked input within the tolerance, with matching shapes. */
  passed: boolean;
}

const isMatrix = (v: unknown): v is Matrix => Array.isArray(v);

/** Every entry of `v` in row-major order. */
export function entries(v: Operand): number[] {
  return typeof v === "number" ? [v] : v.flat();
}

/** The shape of `v` as text, `()` for a number. */
export function shapeOf(v: Operand): string {
  return typeof v === "number" ? "()" : `(${v.length}, ${v.length > 0 ? v[0].length : 0})`;
}

/** `Σ dOut ⊙ output`; `dOut` must have the output's shape. */
export function project(output: Operand, dOut: Operand): number {
  const o = entries(output);
  const d = entries(dOut);
  if (o.length !== d.length || shapeOf(output) !== shapeOf(dOut)) {
    throw new RangeError(`finite differences: the output has shape ${shapeOf(output)} but dOut ${shapeOf(dOut)}`);
  }
  let s = 0;
  for (let k = 0; k < o.length; k++) s += d[k] * o[k];
  return s;
}

/** Standard normals shaped like `output` (a number for a number), drawn row-major from `rng`. */
export function randomUpstream(output: Operand, rng: RandomState): Operand {
  if (typeof output === "number") return rng.randn();
  return output.map((row) => row.map(() => rng.randn()));
}

/** A copy of `v` with entry `k` (row-major) replaced by `x`. */
function withEntry(v: Operand, k: number, x: number): Operand {
  if (typeof v === "number") return x;
  const cols = v.length > 0 ? v[0].length : 0;
  const i = Math.floor(k / cols);
  const copy = v.map((row) => row.slice());
  copy[i][k - i * cols] = x;
  return copy;
}

/** `v`'s shape filled row-major from `data`. */
function reshapeLike(v: Operand, data: number[]): Operand {
  if (typeof v === "number") return data[0];
  let k = 0;
  return v.map((row) => row.map(() => data[k++]));
}

/**
 * The two-sided differences of `J = Σ dOut ⊙ forward(inputs)` with respect to each input in `wrt`,
 * shaped like the inputs: `(J(x_k + ε) − J(x_k − ε)) / (2ε)` for every entry `x_k`, the other
 * entries and inputs held fixed.
 */
export function numericalGradients(
  forward: (inputs: NamedValues) => Operand,
  inputs: NamedValues,
  dOut: Operand,
  wrt: readonly string[],
  epsilon = 1e-6,
): NamedValues {
  const out: NamedValues = {};
  for (const name of wrt) {
    const x = inputs[name];
    if (x === undefined) throw new RangeError(`finite differences: no input named ${name}`);
    const flat = entries(x);
    const grad = new Array<number>(flat.length);
    for (let k = 0; k < flat.length; k++) {
      const plus = project(forward({ ...inputs, [name]: withEntry(x, k, flat[k] + epsilon) }), dOut);
      const minus = project(forward({ ...inputs, [name]: withEntry(x, k, flat[k] - epsilon) }), dOut);
      grad[k] = (plus - minus) / (2 * epsilon);
    }
    out[name] = reshapeLike(x, grad);
  }
  return out;
}

/**
 * `‖a − n‖ / max(‖a‖ + ‖n‖, floor)` over all entries (the course's gradient-check difference, with a
 * floor so that two gradients that are both zero, or both at rounding level, count as equal):
 * 0 when equal, near 1 when unrelated, 1 when one is zero and the other is not. NaN when an entry is
 * not finite; Infinity when the shapes differ.
 */
export function relativeDifference(a: Operand, n: Operand, floor = 1e-12): number {
  if (shapeOf(a) !== shapeOf(n)) return Infinity;
  return relativeDifferenceOf(entries(a), entries(n), floor);
}

/** {@link relativeDifference} of two lists of entries of one length. */
export function relativeDifferenceOf(a: ArrayLike<number>, n: ArrayLike<number>, floor = 1e-12): number {
  if (a.length !== n.length) return Infinity;
  let diff = 0;
  let na = 0;
  let nn = 0;
  for (let k = 0; k < a.length; k++) {
    if (!Number.isFinite(a[k]) || !Number.isFinite(n[k])) return NaN;
    diff += (a[k] - n[k]) ** 2;
    na += a[k] ** 2;
    nn += n[k] ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(na) + Math.sqrt(nn), floor);
}

/** `1000·2⁻⁵²·Σ|dOut ⊙ value| / ε`: the size of rounding errors in one two-sided difference. */
export function noiseLevel(value: Operand, dOut: Operand, epsilon: number): number {
  const o = entries(value);
  const d = entries(dOut);
  let s = 0;
  for (let k = 0; k < o.length; k++) s += Math.abs(d[k] * o[k]);
  return (1000 * 2 ** -52 * s) / epsilon;
}

/** The checked input whose difference is largest (NaN first). */
function worstOf(differences: Record<string, number>): GradientReport["worst"] {
  let worst: GradientReport["worst"];
  for (const [name, difference] of Object.entries(differences)) {
    if (!worst || Number.isNaN(difference) || difference > worst.difference) worst = { name, difference };
    if (Number.isNaN(difference)) break;
  }
  return worst;
}

/**
 * Checks `fn.backward` against finite differences of `fn.forward` at `inputs` for one upstream
 * gradient `dOut` (random unless given): see the module comment.
 */
export function checkGradients(fn: DifferentiableFunction, inputs: NamedValues, options: CheckOptions = {}): GradientReport {
  const { epsilon = 1e-6, tolerance = 1e-6 } = options;
  const value = fn.forward(inputs);
  const dOut = options.dOut ?? randomUpstream(value, options.rng ?? new RandomState(0));
  const returned = fn.backward(inputs, dOut);
  const wrt = options.wrt ?? Object.keys(returned).filter((name) => name in inputs);
  const analytic: NamedValues = {};
  for (const name of wrt) analytic[name] = returned[name];
  const numeric = numericalGradients(fn.forward, inputs, dOut, wrt, epsilon);
  const noise = noiseLevel(value, dOut, epsilon);
  const differences: Record<string, number> = {};
  for (const name of wrt) {
    const a = analytic[name];
    const ok = a !== undefined && (typeof a === "number" || isMatrix(a));
    differences[name] = ok ? relativeDifference(a, numeric[name], noise * Math.sqrt(entries(numeric[name]).length)) : Infinity;
  }
  const worst = worstOf(differences);
  const passed = wrt.length > 0 && Object.values(differences).every((d) => d <= tolerance);
  return { value, dOut, analytic, numeric, differences, worst, noise, passed };
}
