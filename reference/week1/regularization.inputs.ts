/**
 * Arguments of week 1 "Regularization" cases. The `…TestCase` builders restate the course's
 * test-case generators (testCases.py) draw for draw: `np.random.seed(1)`, then the arrays in the
 * order the course draws them, the course's literal labels `Y = [[1, 1, 0, 1, 0]]` and, for the cost,
 * its literal `a3`. The course's backward test cases hold the forward pass's cache printed to 8 digits;
 * here the cache is the course's (or the reference's dropout) forward pass of the same draws, so the
 * expected values agree with the notebook's to that precision. The `random…` builders draw other
 * shapes from a seed in the same order (`X`, then `Y = rand(1, m) < 0.5`, then `W1, b1, …, b3`), each
 * `W_l` divided by `sqrt(n_{l−1})` as the course's `initializeParameters` does, so that no sigmoid
 * saturates to exactly 0 or 1 (which would make the cost infinite).
 */
import type { Params } from "dnn-autograder/contracts";
import { forwardPropagation } from "dnn-autograder/course/week1/regularization";
import type { Matrix } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";
import { forwardPropagationWithDropout } from "./regularization";

type Builder = (...params: any[]) => unknown[];

const COURSE_Y: Matrix = [[1, 1, 0, 1, 0]];
const COURSE_A3: Matrix = [[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]];
const COURSE_LAYERS = [3, 2, 3, 1];

/**
 * For each layer in order `W_l = randn(n_l, n_{l−1})`, `b_l = randn(n_l, 1)` (the course's draw order);
 * with `scaled`, each `W_l` is divided by `sqrt(n_{l−1})`.
 */
function drawParameters(rng: RandomState, layersDims: number[], scaled = false): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    const root = scaled ? Math.sqrt(layersDims[l - 1]) : 1;
    parameters[`W${l}`] = rng.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((w) => w / root));
    parameters[`b${l}`] = rng.randn(layersDims[l], 1);
  }
  return parameters;
}

/** 0/1 labels `rand(1, m) < 0.5`. */
const drawLabels = (rng: RandomState, m: number): Matrix => [rng.rand(m).map((u) => (u < 0.5 ? 1 : 0))];

/**
 * `X = randn(n_0, m)`, then `Y`, then the parameters: as the course's test cases (`course`: its literal Y,
 * plain `randn` weights), or drawn (`Y = rand(1, m) < 0.5`, weights divided by `sqrt(n_{l−1})`).
 */
function drawNet(seed: number, layersDims: number[], m: number, course: boolean) {
  const rng = new RandomState(seed);
  const X = rng.randn(layersDims[0], m);
  const Y = course ? COURSE_Y.map((r) => [...r]) : drawLabels(rng, m);
  return { X, Y, parameters: drawParameters(rng, layersDims, !course) };
}

/**
 * The Regularization cases' argument builders by the name a case gives in `inputs.builder`: the
 * course's test cases and random ones of other shapes.
 */
export const INPUTS: Record<string, Builder> = {
  /** compute_cost_with_regularization_test_case: seed 1, W1 (2, 3) … b3 (1, 1), the literal a3 and Y; lambd 0.1. */
  costTestCase: () => {
    const parameters = drawParameters(new RandomState(1), COURSE_LAYERS);
    return [COURSE_A3.map((r) => [...r]), COURSE_Y.map((r) => [...r]), parameters, 0.1];
  },

  /** A cost case of another shape: `Y = rand(1, m) < 0.5`, the parameters, then `A3 = rand(1, m)`. */
  randomCost: (seed: number, layersDims: number[], m: number, lambd: number) => {
    const rng = new RandomState(seed);
    const Y = drawLabels(rng, m);
    const parameters = drawParameters(rng, layersDims, true);
    const A3 = [rng.rand(m)];
    return [A3, Y, parameters, lambd];
  },

  /** backward_propagation_with_regularization_test_case: seed 1, X (3, 5), the literal Y, the parameters; lambd 0.7. */
  backwardL2TestCase: () => {
    const { X, Y, parameters } = drawNet(1, COURSE_LAYERS, 5, true);
    return [X, Y, forwardPropagation(X, parameters).cache, 0.7];
  },

  /** A backward-with-L2 case of another shape, the cache from the course's forward pass. */
  randomBackwardL2: (seed: number, layersDims: number[], m: number, lambd: number) => {
    const { X, Y, parameters } = drawNet(seed, layersDims, m, false);
    return [X, Y, forwardPropagation(X, parameters).cache, lambd];
  },

  /** forward_propagation_with_dropout_test_case: seed 1, X (3, 5), the parameters; keepProb 0.7; masks from RandomState(1). */
  dropoutForwardTestCase: () => {
    const { X, parameters } = drawNet(1, COURSE_LAYERS, 5, true);
    return [X, parameters, 0.7, { $rng: 1 }];
  },

  /** A dropout forward case of another shape, keepProb and masks' seed. */
  randomDropoutForward: (seed: number, layersDims: number[], m: number, keepProb: number, maskSeed: number) => {
    const { X, parameters } = drawNet(seed, layersDims, m, false);
    return [X, parameters, keepProb, { $rng: maskSeed }];
  },

  /**
   * backward_propagation_with_dropout_test_case: seed 1, X (3, 5), the literal Y, the parameters; the
   * cache of the dropout forward with keepProb 0.5 and masks from RandomState(1); the backward with
   * keepProb 0.8, as the course calls it.
   */
  dropoutBackwardTestCase: () => {
    const { X, Y, parameters } = drawNet(1, COURSE_LAYERS, 5, true);
    return [X, Y, forwardPropagationWithDropout(X, parameters, 0.5, new RandomState(1)).cache, 0.8];
  },

  /** A dropout backward case: the cache of the forward with `keepProb` and masks from RandomState(maskSeed); `course`: the course's draws (seed 1). */
  randomDropoutBackward: (seed: number, layersDims: number[], m: number, keepProb: number, maskSeed: number, course = false) => {
    const { X, Y, parameters } = drawNet(seed, layersDims, m, course);
    return [X, Y, forwardPropagationWithDropout(X, parameters, keepProb, new RandomState(maskSeed)).cache, keepProb];
  },
};
