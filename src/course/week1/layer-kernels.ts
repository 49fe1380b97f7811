import { product } from "../../np/kernels";
import { reluMaskRow } from "./relu-backward";

// Bound once: global lookups are slow in tight loops under jest's vm context (see np/kernels).
const { exp, max } = Math;

/*
 * The course's layer steps for `model`'s training loop, writing into rows the caller owns (trusted
 * shapes, every dimension ≥ 1). Each row is src/np's product kernel (so each output is `np.dot`'s
 * sequential sum over the inner index, `((x0·b0 + x1·b1) + x2·b2) + …`), then finished in place by
 * the step the course applies to it, one rounding per operation as numpy: the bits are those of the
 * product followed by the separate step.
 */

/**
 * `out = np.maximum(0, np.dot(W, A) + b)` for `W` `(n, k)`, `b` `(n, 1)`, `A` `(k, p)`, into `out`
 * (n rows of length p): the course's LINEAR→RELU, `Z` never stored.
 */
export function linearReluInto(W: number[][], b: number[][], A: number[][], n: number, k: number, p: number, out: number[][]): void {
  product(W, A, n, k, p, out);
  for (let i = 0; i < n; i++) {
    const o = out[i];
    const bi = b[i][0];
    for (let j = 0; j < p; j++) o[j] = max(0, o[j] + bi);
  }
}

/**
 * `out = 1/(1 + np.exp(-(np.dot(W, A) + b)))` for `W` `(n, k)`, `b` `(n, 1)`, `A` `(k, p)`, into `out`:
 * the course's LINEAR→SIGMOID.
 */
export function linearSigmoidInto(W: number[][], b: number[][], A: number[][], n: number, k: number, p: number, out: number[][]): void {
  product(W, A, n, k, p, out);
  for (let i = 0; i < n; i++) {
    const o = out[i];
    const bi = b[i][0];
    for (let j = 0; j < p; j++) o[j] = 1 / (1 + exp(-(o[j] + bi)));
  }
}

/**
 * `out = np.multiply(np.dot(W.T, dZ), np.int64(Aprev > 0))` for `W` `(n, k)`, `dZ` `(n, p)`,
 * `Aprev` `(k, p)`, into `out` (k rows of length p): the course's backward step into a ReLU, `dA` never
 * stored. `columns` (k rows of length n, the caller's) receives `Wᵀ`: row `t` of the product is
 * column `t` of `W` times `dZ`.
 */
export function reluBackwardInto(
  W: number[][],
  dZ: number[][],
  Aprev: number[][],
  n: number,
  k: number,
  p: number,
  columns: number[][],
  out: number[][],
): void {
  for (let t = 0; t < k; t++) {
    const c = columns[t];
    for (let s = 0; s < n; s++) c[s] = W[s][t];
  }
  product(columns, dZ, k, n, p, out);
  for (let t = 0; t < k; t++) reluMaskRow(out[t], Aprev[t], p, out[t]);
}
