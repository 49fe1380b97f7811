import type { RandomState } from "../random";
import { checkArgs, shuffleAndAddNoise, type TwoClassData } from "./make-circles";
import { linspace } from "./linspace";

/**
 * Two interleaving half circles, as scikit-learn's `make_moons(n_samples, noise=noise)` with the
 * global numpy stream: the upper moon (class 0) has `n // 2` points `(cos t, sin t)`, the lower
 * moon (class 1) the other `n − n // 2` points `(1 − cos t, 1 − sin t − 0.5)`, each with its own
 * `t = linspace(0, π, count)` (endpoint included). Then {@link shuffleAndAddNoise}, and the result
 * is transposed to the course layout.
 *
 * @param nSamples total number of points n, a non-negative integer.
 * @param noise standard deviation of the Gaussian noise added to every coordinate (≥ 0; 0 still draws).
 * @param rng the generator, e.g. `new RandomState(3)` for `np.random.seed(3)`.
 * @returns `{ X: (2, n), Y: (1, n) }`.
 */
export function makeMoons(nSamples: number, noise: number, rng: RandomState): TwoClassData {
  checkArgs("makeMoons", nSamples, noise, rng);
  const nOut = Math.floor(nSamples / 2);
  const nIn = nSamples - nOut;
  const tOut = linspace(0, Math.PI, nOut);
  const tIn = linspace(0, Math.PI, nIn);
  // numpy evaluates `1 - np.sin(t) - 0.5` left to right: (1 − sin t) − 0.5.
  const x = [...tOut.map(Math.cos), ...tIn.map((t) => 1 - Math.cos(t))];
  const y = [...tOut.map(Math.sin), ...tIn.map((t) => 1 - Math.sin(t) - 0.5)];
  return shuffleAndAddNoise(x, y, nOut, noise, rng);
}
