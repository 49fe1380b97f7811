import { RandomState } from "../random";
import { makeCircles, type TwoClassData } from "./make-circles";
import { makeMoons } from "./make-moons";

/** The initialization assignment's data: train and test sets in the course layout. */
export interface InitializationData {
  /** Shape (2, 300). */
  trainX: number[][];
  /** Shape (1, 300), labels 0/1. */
  trainY: number[][];
  /** Shape (2, 100). */
  testX: number[][];
  /** Shape (1, 100), labels 0/1. */
  testY: number[][];
}

/**
 * The initialization notebook's `load_dataset()`: `np.random.seed(1)`, train =
 * `make_circles(n_samples=300, noise=.05)`; `np.random.seed(2)`, test = `make_circles(n_samples=100,
 * noise=.05)`; both transposed to `(2, m)` and labels reshaped to `(1, m)`. A fresh copy on every call.
 */
export function loadInitializationData(): InitializationData {
  const train = makeCircles(300, 0.05, undefined, new RandomState(1));
  const test = makeCircles(100, 0.05, undefined, new RandomState(2));
  return { trainX: train.X, trainY: train.Y, testX: test.X, testY: test.Y };
}

/**
 * The optimization notebook's `load_dataset()`: `np.random.seed(3)`, `make_moons(n_samples=300,
 * noise=.2)`, transposed: X `(2, 300)`, Y `(1, 300)`. A fresh copy on every call.
 */
export function loadOptimizationData(): TwoClassData {
  return makeMoons(300, 0.2, new RandomState(3));
}
