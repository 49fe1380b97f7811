import type { RegularizationCache, RegularizationModule } from "../../contracts";
import * as np from "../../np";
import type { Matrix } from "../../np";
import { checkMatrix, formatShape } from "../../np/check";
import { RandomState } from "../../random";
import { pythonFloat } from "../format";
import type { Gradients, Params } from "../types";
import { forwardPropagation as forward3, predict as predict3, updateParameters as update3 } from "./initialization";
import { linearReluBackward, scaled } from "./relu-backward";

/**
 * The code the Regularization notebook provides (reg_utils.py and the notebook's `model`), not
 * graded: the 3-layer net LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID of `layersDims = [n_x, 20, 3, 1]`,
 * its initialization, cost, backward pass, update, prediction and training loop. The forward pass,
 * the update and `predict` are init_utils.py's (../week1/initialization); the backward pass differs:
 * here `dZ3 = A3 − Y` and every `dW`/`db` carries its own `1/m`, as the graded functions' do.
 * Every numpy expression is computed operation for operation (see ../week1/initialization).
 */

const { sqrt } = Math;

export { relu, sigmoid } from "./initialization";

/**
 * reg_utils.py's `initialize_parameters`: for each layer in order
 * `W_l = randn(n_l, n_{l−1}) / sqrt(n_{l−1})` and `b_l = zeros((n_l, 1))`. The course seeds numpy
 * with 3 inside the function, so `rng` defaults to a fresh `new RandomState(3)`.
 */
export function initializeParameters(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    const root = sqrt(layersDims[l - 1]);
    parameters[`W${l}`] = rng.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((w) => w / root));
    parameters[`b${l}`] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

/**
 * LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID on `X` `(n_x, m)` with `W1 b1 W2 b2 W3 b3`; returns
 * `A3` `(1, m)` and the cache `{ Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3 }`.
 */
export function forwardPropagation(X: Matrix, parameters: Params): { A3: Matrix; cache: RegularizationCache } {
  return forward3(X, parameters);
}

function expectShape(fn: string, name: string, a: Matrix, expected: [number, number]): void {
  const [r, c] = checkMatrix(fn, name, a);
  if (r !== expected[0] || c !== expected[1]) throw new RangeError(`${fn}: ${name} has shape ${formatShape([r, c])}, expected ${formatShape(expected)}`);
}

/**
 * reg_utils.py's `backward_propagation` (no regularization) for the cache of `forwardPropagation`:
 * `dZ3 = A3 − Y`, `dW_l = (1/m)·dZ_l·A_{l−1}ᵀ`, `db_l = (1/m)·sum(dZ_l, axis=1, keepdims)`,
 * `dA_l = W_{l+1}ᵀ·dZ_{l+1}`, `dZ_l = dA_l·(A_l > 0)`. Keys `dZ3 dW3 db3 dA2 dZ2 dW2 db2 dA1 dZ1 dW1 db1`.
 */
export function backwardPropagation(X: Matrix, Y: Matrix, cache: RegularizationCache): Gradients {
  const fn = "backwardPropagation";
  const { A1, W2, A2, W3, A3 } = cache;
  const m = checkMatrix(fn, "X", X)[1];
  const [n2, n1] = checkMatrix(fn, "cache.W2", W2);
  const n3 = checkMatrix(fn, "cache.W3", W3)[0];
  expectShape(fn, "cache.W3", W3, [n3, n2]);
  expectShape(fn, "cache.A1", A1, [n1, m]);
  expectShape(fn, "cache.A2", A2, [n2, m]);
  expectShape(fn, "cache.A3", A3, [n3, m]);
  expectShape(fn, "Y", Y, [n3, m]);
  const dZ3 = np.subtract(A3, Y);
  const dW3 = scaled(1 / m, np.dotNT(dZ3, A2));
  const db3 = scaled(1 / m, np.sum(dZ3, { axis: 1, keepdims: true }));
  const [dA2, dZ2] = linearReluBackward(W3, dZ3, A2);
  const dW2 = scaled(1 / m, np.dotNT(dZ2, A1));
  const db2 = scaled(1 / m, np.sum(dZ2, { axis: 1, keepdims: true }));
  const [dA1, dZ1] = linearReluBackward(W2, dZ2, A1);
  const dW1 = scaled(1 / m, np.dotNT(dZ1, X));
  const db1 = scaled(1 / m, np.sum(dZ1, { axis: 1, keepdims: true }));
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/** One gradient-descent step: `W_l − learningRate·dW_l`, `b_l − learningRate·db_l`, as new Params. */
export function updateParameters(parameters: Params, grads: Gradients, learningRate: number): Params {
  return update3(parameters, grads, learningRate);
}

/** reg_utils.py's `compute_cost`: `(1/m)·nansum(−log(A3)·Y + (−log(1 − A3))·(1 − Y))` for `A3`, `Y` `(1, m)`. */
export function computeCost(A3: Matrix, Y: Matrix): number {
  const logprobs = np.crossEntropyTerms(A3, Y, "computeCost", "A3");
  return (1 / np.shape(Y)[1]) * np.nansum(logprobs);
}

/** 0/1 predictions `A3 > 0.5` `(1, m)` and the accuracy `mean(predictions == Y)` that the notebook prints. */
export function predict(X: Matrix, Y: Matrix, parameters: Params): { predictions: Matrix; accuracy: number } {
  return predict3(X, Y, parameters);
}

/** The graded functions a run needs: L2 (`lambd ≠ 0`) the first two, dropout (`keepProb < 1`) the last two. */
export type RegularizationFunctions = Partial<
  Pick<
    RegularizationModule,
    "computeCostWithRegularization" | "backwardPropagationWithRegularization" | "forwardPropagationWithDropout" | "backwardPropagationWithDropout"
  >
>;

/**
 * Options of the Regularization notebook's `model`: the graded functions under test and the notebook's
 * hyperparameters (defaults: learning rate 0.3, 30 000 iterations, `lambd` 0, `keepProb` 1).
 */
export interface ModelOptions {
  learningRate?: number;
  numIterations?: number;
  /** The L2 hyperparameter λ; 0 (the default) means no L2. */
  lambd?: number;
  /** Dropout's probability of keeping a unit; 1 (the default) means no dropout. Never combined with L2. */
  keepProb?: number;
  /** The graded functions under test (a submission's or the reference's). */
  functions?: RegularizationFunctions;
  /** Log `Cost after iteration i: cost` every 10 000 iterations (the costs are recorded either way). */
  printCost?: boolean;
  log?: (line: string) => void;
}

function need<K extends keyof RegularizationFunctions>(functions: RegularizationFunctions, name: K, why: string): NonNullable<RegularizationFunctions[K]> {
  const f = functions[name];
  if (typeof f !== "function") throw new TypeError(`model: ${why} needs functions.${name}`);
  return f as NonNullable<RegularizationFunctions[K]>;
}

/** What one iteration of `model` needs: the data, the hyperparameters and the functions chosen for them. */
interface Step {
  X: Matrix;
  Y: Matrix;
  lambd: number;
  keepProb: number;
  learningRate: number;
  cost: (A3: Matrix, Y: Matrix, parameters: Params, lambd: number) => number;
  backwardL2?: NonNullable<RegularizationFunctions["backwardPropagationWithRegularization"]>;
  forwardDropout?: NonNullable<RegularizationFunctions["forwardPropagationWithDropout"]>;
  backwardDropout?: NonNullable<RegularizationFunctions["backwardPropagationWithDropout"]>;
}

/**
 * One iteration of `model` from `parameters`: forward, cost, backward, update; returns the new
 * parameters and the cost `J` before the update. A function of its own so that V8 optimizes it
 * after a few calls (the loop in `model`, entered once, stayed in baseline code for the whole run).
 */
function trainingStep(run: Step, parameters: Params): { parameters: Params; J: number } {
  const { X, Y, lambd, keepProb, cost, backwardL2, forwardDropout, backwardDropout } = run;
  let grads: Gradients;
  let J: number;
  if (forwardDropout && backwardDropout) {
    const { A3, cache } = forwardDropout(X, parameters, keepProb);
    J = cost(A3, Y, parameters, lambd);
    grads = backwardDropout(X, Y, cache, keepProb);
  } else {
    const { A3, cache } = forwardPropagation(X, parameters);
    J = cost(A3, Y, parameters, lambd);
    grads = backwardL2 ? backwardL2(X, Y, cache, lambd) : backwardPropagation(X, Y, cache);
  }
  return { parameters: updateParameters(parameters, grads, run.learningRate), J };
}

/**
 * The notebook's `model`: `numIterations` steps of gradient descent on `[n_x, 20, 3, 1]` from
 * `initializeParameters` (seed 3). Each step: the forward pass (with dropout when `keepProb < 1`,
 * whose default generator draws the same masks every call, as the course's seeded forward), the cost
 * (with the L2 term when `lambd ≠ 0`), the matching backward pass and the update. Returns the final
 * parameters and the cost at iterations 0, 1000, 2000, … (the course fills `costs` only when printing).
 * Defaults are the notebook's: learning rate 0.3, 30 000 iterations, `lambd` 0, `keepProb` 1.
 */
export function model(X: Matrix, Y: Matrix, options: ModelOptions = {}): { parameters: Params; costs: number[] } {
  const { learningRate = 0.3, numIterations = 30000, lambd = 0, keepProb = 1, functions = {}, printCost = true, log = console.log } = options;
  if (lambd !== 0 && keepProb !== 1)
    throw new RangeError("model: L2 regularization and dropout are not combined (the course asserts lambd == 0 or keepProb == 1)");
  const l2 = lambd !== 0;
  const dropout = keepProb < 1;
  const cost = l2 ? need(functions, "computeCostWithRegularization", "lambd ≠ 0") : (A3: Matrix, y: Matrix) => computeCost(A3, y);
  const backwardL2 = l2 ? need(functions, "backwardPropagationWithRegularization", "lambd ≠ 0") : undefined;
  const forwardDropout = dropout ? need(functions, "forwardPropagationWithDropout", "keepProb < 1") : undefined;
  const backwardDropout = dropout ? need(functions, "backwardPropagationWithDropout", "keepProb < 1") : undefined;
  const run: Step = { X, Y, lambd, keepProb, learningRate, cost, backwardL2, forwardDropout, backwardDropout };
  let parameters = initializeParameters([checkMatrix("model", "X", X)[0], 20, 3, 1]);
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const step = trainingStep(run, parameters);
    const J = step.J;
    parameters = step.parameters;
    if (printCost && i % 10000 === 0) log(`Cost after iteration ${i}: ${pythonFloat(J)}`);
    if (i % 1000 === 0) costs.push(J);
  }
  return { parameters, costs };
}
