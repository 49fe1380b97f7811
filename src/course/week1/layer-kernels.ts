import { rowTimesMatrix } from "../../np/kernels";

// Bound once: global lookups are slow in tight loops under jest's vm context (see np/kernels).
const { exp, max } = Math;

/**
 * Products fused with the elementwise step the course applies to them, for `model`'s training loop
 * (trusted shapes, every dimension ≥ 1), writing into rows the caller owns. Each output is first the
 * product's sequential sum over the inner index, `((x0·b0 + x1·b1) + x2·b2) + …`, exactly as
 * src/np's kernels (and so `np.dot`) sum it, and only then goes through the step, one rounding per
 * operation as numpy: the bits are those of the product followed by the separate step.
 */

/**
 * `out = np.maximum(0, np.dot(W, A) + b)` for `W` `(n, k)`, `b` `(n, 1)`, `A` `(k, p)`, into `out`
 * (n rows of length p): the course's LINEAR→RELU, `Z` never stored. Rows of `W` two at a time.
 */
export function linearReluInto(W: number[][], b: number[][], A: number[][], n: number, k: number, p: number, out: number[][]): void {
  let i = 0;
  for (; i + 1 < n; i += 2) twoRowsBiasRelu(W[i], W[i + 1], b[i][0], b[i + 1][0], A, k, p, out[i], out[i + 1]);
  if (i < n) {
    const o = out[i];
    const bi = b[i][0];
    rowTimesMatrix(W[i], A, k, p, o);
    for (let j = 0; j < p; j++) o[j] = max(0, o[j] + bi);
  }
}

/**
 * `out = 1/(1 + np.exp(-(np.dot(W, A) + b)))` for `W` `(n, k)`, `b` `(n, 1)`, `A` `(k, p)`, into `out`:
 * the course's LINEAR→SIGMOID (its output layer has one row, so no pairing).
 */
export function linearSigmoidInto(W: number[][], b: number[][], A: number[][], n: number, k: number, p: number, out: number[][]): void {
  for (let i = 0; i < n; i++) {
    const o = out[i];
    const bi = b[i][0];
    rowTimesMatrix(W[i], A, k, p, o);
    for (let j = 0; j < p; j++) o[j] = 1 / (1 + exp(-(o[j] + bi)));
  }
}

/**
 * `out = np.multiply(np.dot(W.T, dZ), np.int64(Aprev > 0))` for `W` `(n, k)`, `dZ` `(n, p)`,
 * `Aprev` `(k, p)`, into `out` (k rows of length p): the course's backward step into a ReLU, `dA` never
 * stored. `columns` (k rows of length n, the caller's) receives `Wᵀ`: row `t` of the product is
 * column `t` of `W` times `dZ`, two at a time.
 */
export function reluBackwardInto(W: number[][], dZ: number[][], Aprev: number[][], n: number, k: number, p: number, columns: number[][], out: number[][]): void {
  for (let t = 0; t < k; t++) {
    const c = columns[t];
    for (let s = 0; s < n; s++) c[s] = W[s][t];
  }
  let t = 0;
  for (; t + 1 < k; t += 2) twoRowsMasked(columns[t], columns[t + 1], dZ, n, p, Aprev[t], Aprev[t + 1], out[t], out[t + 1]);
  if (t < k) {
    const o = out[t];
    const prev = Aprev[t];
    rowTimesMatrix(columns[t], dZ, n, p, o);
    for (let j = 0; j < p; j++) o[j] = o[j] * (prev[j] > 0 ? 1 : 0);
  }
}

/** Rows `x·B + bx` and `y·B + by` through the ReLU, four columns a turn (eight sums in flight, as np/kernels' `twoRowsTimesMatrix`). */
function twoRowsBiasRelu(x: number[], y: number[], bx: number, by: number, b: number[][], k: number, p: number, ox: number[], oy: number[]): void {
  const x0 = x[0], y0 = y[0];
  const b0 = b[0];
  const p4 = p - (p % 4);
  let j = 0;
  for (; j < p4; j += 4) {
    const c0 = b0[j], c1 = b0[j + 1], c2 = b0[j + 2], c3 = b0[j + 3];
    let s0 = x0 * c0, s1 = x0 * c1, s2 = x0 * c2, s3 = x0 * c3;
    let u0 = y0 * c0, u1 = y0 * c1, u2 = y0 * c2, u3 = y0 * c3;
    for (let t = 1; t < k; t++) {
      const xt = x[t], yt = y[t];
      const bt = b[t];
      const d0 = bt[j], d1 = bt[j + 1], d2 = bt[j + 2], d3 = bt[j + 3];
      s0 += xt * d0; s1 += xt * d1; s2 += xt * d2; s3 += xt * d3;
      u0 += yt * d0; u1 += yt * d1; u2 += yt * d2; u3 += yt * d3;
    }
    ox[j] = max(0, s0 + bx); ox[j + 1] = max(0, s1 + bx); ox[j + 2] = max(0, s2 + bx); ox[j + 3] = max(0, s3 + bx);
    oy[j] = max(0, u0 + by); oy[j + 1] = max(0, u1 + by); oy[j + 2] = max(0, u2 + by); oy[j + 3] = max(0, u3 + by);
  }
  for (; j < p; j++) {
    const c = b0[j];
    let s = x0 * c, u = y0 * c;
    for (let t = 1; t < k; t++) {
      const d = b[t][j];
      s += x[t] * d;
      u += y[t] * d;
    }
    ox[j] = max(0, s + bx);
    oy[j] = max(0, u + by);
  }
}

/** Rows `x·B` and `y·B` times the masks `px > 0` and `py > 0` (as 1/0), four columns a turn. */
function twoRowsMasked(x: number[], y: number[], b: number[][], k: number, p: number, px: number[], py: number[], ox: number[], oy: number[]): void {
  const x0 = x[0], y0 = y[0];
  const b0 = b[0];
  const p4 = p - (p % 4);
  let j = 0;
  for (; j < p4; j += 4) {
    const c0 = b0[j], c1 = b0[j + 1], c2 = b0[j + 2], c3 = b0[j + 3];
    let s0 = x0 * c0, s1 = x0 * c1, s2 = x0 * c2, s3 = x0 * c3;
    let u0 = y0 * c0, u1 = y0 * c1, u2 = y0 * c2, u3 = y0 * c3;
    for (let t = 1; t < k; t++) {
      const xt = x[t], yt = y[t];
      const bt = b[t];
      const d0 = bt[j], d1 = bt[j + 1], d2 = bt[j + 2], d3 = bt[j + 3];
      s0 += xt * d0; s1 += xt * d1; s2 += xt * d2; s3 += xt * d3;
      u0 += yt * d0; u1 += yt * d1; u2 += yt * d2; u3 += yt * d3;
    }
    ox[j] = s0 * (px[j] > 0 ? 1 : 0); ox[j + 1] = s1 * (px[j + 1] > 0 ? 1 : 0);
    ox[j + 2] = s2 * (px[j + 2] > 0 ? 1 : 0); ox[j + 3] = s3 * (px[j + 3] > 0 ? 1 : 0);
    oy[j] = u0 * (py[j] > 0 ? 1 : 0); oy[j + 1] = u1 * (py[j + 1] > 0 ? 1 : 0);
    oy[j + 2] = u2 * (py[j + 2] > 0 ? 1 : 0); oy[j + 3] = u3 * (py[j + 3] > 0 ? 1 : 0);
  }
  for (; j < p; j++) {
    const c = b0[j];
    let s = x0 * c, u = y0 * c;
    for (let t = 1; t < k; t++) {
      const d = b[t][j];
      s += x[t] * d;
      u += y[t] * d;
    }
    ox[j] = s * (px[j] > 0 ? 1 : 0);
    oy[j] = u * (py[j] > 0 ? 1 : 0);
  }
}
