import { RandomState } from "../random";
import type { TwoClassData } from "./make-circles";

const { sin, exp } = Math;

/**
 * A 2-D two-class set in the spirit of the Regularization notebook's football data (which cannot be
 * shipped): points on a field, split by a wavy boundary, with labels that get noisier near it, so a
 * flexible net that fits every training point overfits.
 *
 * Drawn from `rng` in this order, so numpy's `RandomState` gives the same set:
 * 1. `u = rng.rand(n, 2)`; point k is `x1 = −0.75 + 1.35·u[k][0]`, `x2 = −0.75 + 1.4·u[k][1]`;
 * 2. `f = x2 − (0.15·sin(4·x1) + 0.3·x1)`, label `y = f > 0 ? 1 : 0`;
 * 3. `v = rng.rand(n)`; the label flips where `v[k] < 0.02 + 0.35·exp(−(f/0.07)²)`.
 *
 * @param n the number of points, a non-negative integer.
 * @param rng the generator (numpy: `np.random.RandomState(seed)`).
 * @returns the course layout: `X` `(2, n)`, `Y` `(1, n)` of 0/1.
 */
export function makeWavyBoundary(n: number, rng: RandomState): TwoClassData {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`makeWavyBoundary: n must be a non-negative integer, got ${String(n)}`);
  if (typeof (rng as Partial<RandomState> | undefined)?.rand !== "function")
    throw new TypeError(`makeWavyBoundary: rng must be a RandomState (e.g. new RandomState(1)), got ${String(rng)}`);
  const u = n > 0 ? rng.rand(n, 2) : [];
  const x1: number[] = [];
  const x2: number[] = [];
  const labels: number[] = [];
  const boundary: number[] = [];
  for (let k = 0; k < n; k++) {
    const a = -0.75 + 1.35 * u[k][0];
    const b = -0.75 + 1.4 * u[k][1];
    const f = b - (0.15 * sin(4 * a) + 0.3 * a);
    x1.push(a);
    x2.push(b);
    boundary.push(f);
    labels.push(f > 0 ? 1 : 0);
  }
  const v = n > 0 ? rng.rand(n) : [];
  for (let k = 0; k < n; k++) {
    const q = boundary[k] / 0.07;
    if (v[k] < 0.02 + 0.35 * exp(-(q * q))) labels[k] = 1 - labels[k];
  }
  return { X: [x1, x2], Y: [labels] };
}

/** The regularization data: train and test sets in the course layout. */
export interface RegularizationData {
  /** Shape (2, 211). */
  trainX: number[][];
  /** Shape (1, 211), labels 0/1. */
  trainY: number[][];
  /** Shape (2, 200). */
  testX: number[][];
  /** Shape (1, 200), labels 0/1. */
  testY: number[][];
}

/**
 * The Regularization notebook's `load_2D_dataset()`, sizes kept (211 training and 200 test
 * examples): train = `makeWavyBoundary(211, new RandomState(1))`, test =
 * `makeWavyBoundary(200, new RandomState(2))`. A fresh copy on every call. On it, as on the course's
 * data, the unregularized net fits the training set best and the test set worst; L2 (λ = 0.7) and
 * dropout (keepProb = 0.86) trade training accuracy for test accuracy.
 */
export function loadRegularizationData(): RegularizationData {
  const train = makeWavyBoundary(211, new RandomState(1));
  const test = makeWavyBoundary(200, new RandomState(2));
  return { trainX: train.X, trainY: train.Y, testX: test.X, testY: test.Y };
}
