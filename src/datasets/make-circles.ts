import type { RandomState } from "../random";
import { linspace } from "./linspace";

/** A two-class 2-D data set in the course layout. */
export interface TwoClassData {
  /** Points as columns, shape `(2, n)`: `X[0]` the first coordinates, `X[1]` the second. */
  X: number[][];
  /** Labels, shape `(1, n)`: 0 for the outer circle or upper moon, 1 for the inner/lower one. */
  Y: number[][];
}

/**
 * Large circle of class 0 around a smaller circle of class 1, as scikit-learn's
 * `make_circles(n_samples, noise=noise, factor=factor)` with the global numpy stream: the outer
 * circle gets `n // 2` points at angles `linspace(0, 2π, n // 2, endpoint=false)`, the inner the
 * other `n − n // 2` points at their own `linspace`, scaled by `factor` after `cos`/`sin`. Then
 * {@link shuffleAndAddNoise}, and the result is transposed to the course layout.
 *
 * @param nSamples total number of points n, a non-negative integer.
 * @param noise standard deviation of the Gaussian noise added to every coordinate (≥ 0; 0 still draws).
 * @param factor inner radius relative to the outer one, in [0, 1); default 0.8 like sklearn.
 * @param rng the generator, e.g. `new RandomState(1)` for `np.random.seed(1)`.
 * @returns `{ X: (2, n), Y: (1, n) }`.
 */
export function makeCircles(nSamples: number, noise: number, factor = 0.8, rng: RandomState): TwoClassData {
  checkArgs("makeCircles", nSamples, noise, rng);
  if (typeof factor !== "number" || !(factor >= 0 && factor < 1)) {
    throw new RangeError(`makeCircles: factor must be in [0, 1), got ${String(factor)}`);
  }
  const nOut = Math.floor(nSamples / 2);
  const nIn = nSamples - nOut;
  const tOut = linspace(0, 2 * Math.PI, nOut, false);
  const tIn = linspace(0, 2 * Math.PI, nIn, false);
  const x = [...tOut.map(Math.cos), ...tIn.map((t) => Math.cos(t) * factor)];
  const y = [...tOut.map(Math.sin), ...tIn.map((t) => Math.sin(t) * factor)];
  return shuffleAndAddNoise(x, y, nOut, noise, rng);
}

/**
 * The common end of sklearn's `make_circles` and `make_moons`, on points given class 0 first
 * (`nClass0` of them) then class 1: `sklearn.utils.shuffle` (an index array `0 … n−1` shuffled with
 * `rng.shuffle`, then X and y reordered by it), then `X += rng.normal(0, noise, (n, 2))`, drawn
 * row-major (x0, y0, x1, y1, …). Returns the course layout, X `(2, n)` and Y `(1, n)`.
 *
 * @param x first coordinates, length n; @param y second coordinates, length n.
 */
export function shuffleAndAddNoise(x: readonly number[], y: readonly number[], nClass0: number, noise: number, rng: RandomState): TwoClassData {
  const n = x.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  rng.shuffle(order);
  const e = rng.normal(0, noise, [n, 2]);
  const X: number[][] = [[], []];
  const labels: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k];
    X[0].push(x[i] + e[k][0]);
    X[1].push(y[i] + e[k][1]);
    labels.push(i < nClass0 ? 0 : 1);
  }
  return { X, Y: [labels] };
}

/**
 * Validates what makeCircles and makeMoons share; errors name the function and the argument.
 * @internal
 */
export function checkArgs(fn: string, nSamples: unknown, noise: unknown, rng: unknown): void {
  if (typeof nSamples !== "number" || !Number.isSafeInteger(nSamples) || nSamples < 0) {
    throw new RangeError(`${fn}: nSamples must be a non-negative integer, got ${String(nSamples)}`);
  }
  if (typeof noise !== "number" || !(noise >= 0)) {
    throw new RangeError(`${fn}: noise must be a non-negative number, got ${String(noise)}`);
  }
  const r = rng as Partial<RandomState> | null | undefined;
  if (typeof r?.shuffle !== "function" || typeof r.normal !== "function") {
    throw new TypeError(`${fn}: rng must be a RandomState (e.g. new RandomState(1)), got ${String(rng)}`);
  }
}
