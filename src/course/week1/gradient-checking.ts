import type { RegularizationCache } from "../../contracts";
import * as np from "../../np";
import type { Matrix } from "../../np";
import { checkMatrix, formatShape } from "../../np/check";
import { RandomState } from "../../random";
import { pythonFloat } from "../format";
import type { Gradients, Params } from "../types";
import { forwardPropagation as forward3 } from "./initialization";
import { linearReluBackward, scaled } from "./relu-backward";

/**
 * The code the Gradient Checking notebook provides (the notebook's N-dimensional net and
 * gc_utils.py), not graded: `forwardPropagationN`, `backwardPropagationN` with the course's two
 * deliberate mistakes for the student to find (and `backwardPropagationNCorrected` without them),
 * the conversions between a parameters dictionary and one column vector, and the notebook's test case.
 *
 * Flattening order, everywhere: `W1, b1, W2, b2, W3, b3` (gradients `dW1, db1, …, db3`), each
 * row-major (numpy's `reshape(-1, 1)`). Shapes are read from the parameters, so any layer sizes work.
 */

/** The parameter keys in the course's flattening order. */
export const PARAMETER_KEYS = ["W1", "b1", "W2", "b2", "W3", "b3"] as const;
/** The gradient keys in the same order. */
export const GRADIENT_KEYS = ["dW1", "db1", "dW2", "db2", "dW3", "db3"] as const;

/**
 * The notebook's `forward_propagation_n`: the 3-layer net on `X` `(n_x, m)` and the cost
 * `(1/m)·np.sum(−log(A3)·Y + (−log(1 − A3))·(1 − Y))` (`np.sum`, not `nansum`) for `Y` `(1, m)`.
 * Returns `{ cost, cache }`, the cache as `forwardPropagation`'s of ./regularization.
 */
export function forwardPropagationN(X: Matrix, Y: Matrix, parameters: Params): { cost: number; cache: RegularizationCache } {
  const { A3, cache } = forward3(X, parameters);
  const m = checkMatrix("forwardPropagationN", "X", X)[1];
  const logProbs = np.add(np.multiply(np.negative(np.log(A3)), Y), np.multiply(np.negative(np.log(np.subtract(1, A3))), np.subtract(1, Y)));
  const cost = (1 / m) * np.sum(logProbs);
  return { cost, cache };
}

/** The backward pass with `dW2` multiplied by `dW2Factor` and `db1`'s `1/m` replaced by `db1Numerator/m`. */
function backward(X: Matrix, Y: Matrix, cache: RegularizationCache, dW2Factor: number, db1Numerator: number): Gradients {
  const m = checkMatrix("backwardPropagationN", "X", X)[1];
  const { A1, W2, A2, W3, A3 } = cache;
  const dZ3 = np.subtract(A3, Y);
  const dW3 = scaled(1 / m, np.dotNT(dZ3, A2));
  const db3 = scaled(1 / m, np.sum(dZ3, { axis: 1, keepdims: true }));
  const [dA2, dZ2] = linearReluBackward(W3, dZ3, A2);
  const dW2Plain = scaled(1 / m, np.dotNT(dZ2, A1));
  const dW2 = dW2Factor === 1 ? dW2Plain : np.multiply(dW2Plain, dW2Factor);
  const db2 = scaled(1 / m, np.sum(dZ2, { axis: 1, keepdims: true }));
  const [dA1, dZ1] = linearReluBackward(W2, dZ2, A1);
  const dW1 = scaled(1 / m, np.dotNT(dZ1, X));
  const db1 = scaled(db1Numerator / m, np.sum(dZ1, { axis: 1, keepdims: true }));
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/**
 * The notebook's `backward_propagation_n`, mistakes included, for the student to find with
 * `gradientCheckN`: `dW2 = (1/m)·dZ2·A1ᵀ·2` ("Should not multiply by 2") and
 * `db1 = (4/m)·sum(dZ1, axis=1, keepdims)` ("Should not multiply by 4"). Otherwise
 * `dZ3 = A3 − Y` and each `dW`/`db` carries its `1/m`. Keys `dZ3 dW3 db3 dA2 dZ2 dW2 db2 dA1 dZ1 dW1 db1`.
 */
export function backwardPropagationN(X: Matrix, Y: Matrix, cache: RegularizationCache): Gradients {
  return backward(X, Y, cache, 2, 4);
}

/** `backwardPropagationN` with its two mistakes fixed: the true gradients of `forwardPropagationN`'s cost. */
export function backwardPropagationNCorrected(X: Matrix, Y: Matrix, cache: RegularizationCache): Gradients {
  return backward(X, Y, cache, 1, 1);
}

/**
 * gc_utils.py's `dictionary_to_vector`: `W1, b1, W2, b2, W3, b3` flattened row-major and stacked
 * into one column `theta` `(n, 1)`; `keys[i]` names the parameter entry `i` comes from.
 */
export function dictionaryToVector(parameters: Params): { theta: Matrix; keys: string[] } {
  const theta: Matrix = [];
  const keys: string[] = [];
  for (const key of PARAMETER_KEYS) {
    const value = parameters[key];
    checkMatrix("dictionaryToVector", `parameters.${key}`, value);
    for (const row of value)
      for (const x of row) {
        theta.push([x]);
        keys.push(key);
      }
  }
  return { theta, keys };
}

/**
 * gc_utils.py's `vector_to_dictionary`, with the shapes read from `parameters` instead of the
 * course's fixed `[4, 5, 3, 1]` net: `theta` `(n, 1)` cut in the order `W1, b1, W2, b2, W3, b3` and
 * each piece reshaped row-major to its parameter's shape. `n` must be the total count of entries.
 */
export function vectorToDictionary(theta: Matrix, parameters: Params): Params {
  const fn = "vectorToDictionary";
  const [n, cols] = checkMatrix(fn, "theta", theta);
  if (cols !== 1) throw new RangeError(`${fn}: theta has shape ${formatShape([n, cols])}, expected a column (n, 1)`);
  const out: Params = {};
  let k = 0;
  for (const key of PARAMETER_KEYS) {
    const [rows, c] = checkMatrix(fn, `parameters.${key}`, parameters[key]);
    if (k + rows * c > n) throw new RangeError(`${fn}: theta has ${n} entries, fewer than the parameters need`);
    const piece: Matrix = [];
    for (let i = 0; i < rows; i++) {
      const row: number[] = [];
      for (let j = 0; j < c; j++) row.push(theta[k++][0]);
      piece.push(row);
    }
    out[key] = piece;
  }
  if (k !== n) throw new RangeError(`${fn}: theta has ${n} entries, the parameters ${k}`);
  return out;
}

/** gc_utils.py's `gradients_to_vector`: `dW1, db1, dW2, db2, dW3, db3` flattened row-major into one column `(n, 1)`. */
export function gradientsToVector(gradients: Record<string, Matrix>): Matrix {
  const theta: Matrix = [];
  for (const key of GRADIENT_KEYS) {
    const value = gradients[key];
    checkMatrix("gradientsToVector", `gradients.${key}`, value);
    for (const row of value) for (const x of row) theta.push([x]);
  }
  return theta;
}

/**
 * The notebook's `gradient_check_n_test_case`, with the layer sizes and labels as arguments:
 * from `rng` (default `new RandomState(1)`), `X = randn(n_0, m)`, then for each layer in order
 * `W_l = randn(n_l, n_{l−1})`, `b_l = randn(n_l, 1)`. The course's: `layersDims = [4, 5, 3, 1]`,
 * `Y = [[1, 1, 0]]`.
 */
export function gradientCheckNTestCase(
  layersDims: number[] = [4, 5, 3, 1],
  Y: Matrix = [[1, 1, 0]],
  rng: RandomState = new RandomState(1),
): { X: Matrix; Y: Matrix; parameters: Params } {
  const m = checkMatrix("gradientCheckNTestCase", "Y", Y)[1];
  const X = rng.randn(layersDims[0], m);
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = rng.randn(layersDims[l], layersDims[l - 1]);
    parameters[`b${l}`] = rng.randn(layersDims[l], 1);
  }
  return { X, Y: Y.map((row) => [...row]), parameters };
}

/** The course's message for a difference above the threshold. */
export const MISTAKE_MESSAGE = "There is a mistake in the backward propagation!";
/** The course's message for a difference at or below the threshold. */
export const FINE_MESSAGE = "Your backward propagation works perfectly fine!";
/** A difference above this means a mistake in the backward propagation. */
export const DIFFERENCE_THRESHOLD = 2e-7;

/**
 * The line the notebook's checks print when `print_msg` is set, colours included:
 * `"\x1b[93m" + MISTAKE_MESSAGE + " difference = " + str(difference) + "\x1b[0m"` when
 * `difference > 2e-7`, else the same with `"\x1b[92m"` and `FINE_MESSAGE`. The number is written as
 * Python's `str` writes it (`1.1890913024229996e-07`).
 */
export function gradientCheckMessage(difference: number): string {
  return difference > DIFFERENCE_THRESHOLD
    ? `\x1b[93m${MISTAKE_MESSAGE} difference = ${pythonFloat(difference)}\x1b[0m`
    : `\x1b[92m${FINE_MESSAGE} difference = ${pythonFloat(difference)}\x1b[0m`;
}
