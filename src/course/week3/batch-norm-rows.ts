/**
 * Elementwise loops of the batch-norm net's training step (./batch-norm-step), each writing into a
 * matrix it is given, with the operations ./batch-norm-net applies through src/np: one IEEE operation
 * per element, in the same order, so the same bits.
 */
import type { Matrix } from "../../np";

// Bound once: global lookups are slow in tight loops under jest's vm context.
const { exp, max } = Math;
const { isArray } = Array;

/** Whether `a` is a matrix of `rows` rows of length `cols`. */
export function hasShape(a: unknown, rows: number, cols: number): a is Matrix {
  if (!isArray(a) || a.length !== rows) return false;
  for (let i = 0; i < rows; i++) {
    const row: unknown = a[i];
    if (!isArray(row) || row.length !== cols) return false;
  }
  return true;
}

/**
 * `np.maximum(0, pre)` into `out` (same shape), returned: `pre` where positive, +0 elsewhere (−0
 * included), NaN kept, as `Math.max(0, x)`. Without a branch per element, as `maskNonPositive`:
 * `x·s + (0.5 − s)·0` with `s = (x > 0)`; an infinite or NaN `x` (NaN there) takes `Math.max`.
 */
export function reluInto(pre: Matrix, out: Matrix): Matrix {
  for (let i = 0; i < out.length; i++) {
    const p = pre[i];
    const o = out[i];
    for (let j = 0; j < o.length; j++) {
      const x = p[j];
      const keep = +(x > 0);
      const v = x * keep + (0.5 - keep) * 0;
      o[j] = v === v ? v : max(0, x);
    }
  }
  return out;
}

/** `1 / (1 + np.exp(-pre))` into `out` (same shape), returned. */
export function sigmoidInto(pre: Matrix, out: Matrix): Matrix {
  for (let i = 0; i < out.length; i++) {
    const p = pre[i];
    const o = out[i];
    for (let j = 0; j < o.length; j++) o[j] = 1 / (1 + exp(-p[j]));
  }
  return out;
}

/**
 * The ReLU's backward in place: each element of `dA` kept where `pre` (same shape: the ReLU's input,
 * or its output, positive at the same places) is positive, set to +0 elsewhere (as `reluGradient` of
 * ./batch-norm-net); returns `dA`.
 *
 * Without a branch per element (the signs are as good as random, and a mispredicted branch costs more
 * than the arithmetic; measured ~3.5× faster): with `s` = 1 where `pre > 0` and 0 elsewhere,
 * `d·s + (0.5 − s)·0` is `d` where kept (plus −0, which changes nothing, −0 included) and +0 where
 * masked (±0 plus +0). Only a NaN or an infinite `d` makes it NaN; those elements take the plain rule.
 */
export function maskNonPositive(dA: Matrix, pre: Matrix): Matrix {
  for (let i = 0; i < dA.length; i++) {
    const d = dA[i];
    const p = pre[i];
    for (let j = 0; j < d.length; j++) {
      const keep = +(p[j] > 0);
      const v = d[j] * keep + (0.5 - keep) * 0;
      d[j] = v === v ? v : p[j] > 0 ? d[j] : 0;
    }
  }
  return dA;
}
