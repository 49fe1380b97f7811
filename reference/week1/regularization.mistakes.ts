/**
 * Typical wrong answers to week 1 "Regularization". Fixture generation runs each on the cases
 * that name it, so a student's output that matches one is reported with its message.
 */
import type { DropoutCache, Params, RegularizationCache } from "dnn-autograder/contracts";
import { computeCost, sigmoid } from "dnn-autograder/course/week1/regularization";
import type { Gradients } from "dnn-autograder/course/types";
import type { KnownMistake } from "dnn-autograder/fixtures/mistakes";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";
import { RandomState } from "dnn-autograder/random";
import { backwardPropagationWithRegularization, dropoutMask } from "./regularization";

const sumOfSquares = (p: Params) => np.sum(np.square(p.W1)) + np.sum(np.square(p.W2)) + np.sum(np.square(p.W3));

/** Cross-entropy plus `l2(lambd, m)·ΣW²`. */
const costWith = (l2: (lambd: number, m: number) => number) => (A3: Matrix, Y: Matrix, parameters: Params, lambd: number) =>
  computeCost(A3, Y) + l2(lambd, np.shape(Y)[1]) * sumOfSquares(parameters);

/** The plain backward with `extra(lambd, m, W)` added to each dW, and `biasExtra` to each db. */
function backwardWith(extra: (lambd: number, m: number, W: Matrix) => Matrix | number, biasToo = false) {
  return (X: Matrix, Y: Matrix, cache: RegularizationCache, lambd: number): Gradients => {
    const m = np.shape(X)[1];
    const g = backwardPropagationWithRegularization(X, Y, cache, 0);
    const out: Gradients = { ...g };
    for (const l of [1, 2, 3]) {
      out[`dW${l}`] = np.add(g[`dW${l}`], extra(lambd, m, cache[`W${l}` as keyof RegularizationCache]));
      if (biasToo) out[`db${l}`] = np.add(g[`db${l}`], extra(lambd, m, cache[`b${l}` as keyof RegularizationCache]));
    }
    return out;
  };
}

interface DropoutVariant {
  keep?: (u: number, keepProb: number) => boolean;
  scale?: boolean;
  output?: boolean;
}

/** The dropout forward with one thing changed. */
function dropoutForwardWith(variant: DropoutVariant) {
  const { keep, scale = true, output = false } = variant;
  return (X: Matrix, parameters: Params, keepProb = 0.5, rng: RandomState = new RandomState(1)): { A3: Matrix; cache: DropoutCache } => {
    const { W1, b1, W2, b2, W3, b3 } = parameters;
    const drop = (A: Matrix, D: Matrix) => (scale ? np.divide(np.multiply(A, D), keepProb) : np.multiply(A, D));
    const Z1 = np.add(np.dot(W1, X), b1);
    const D1 = dropoutMask(rng, Z1, keepProb, keep);
    const A1 = drop(np.maximum(0, Z1), D1);
    const Z2 = np.add(np.dot(W2, A1), b2);
    const D2 = dropoutMask(rng, Z2, keepProb, keep);
    const A2 = drop(np.maximum(0, Z2), D2);
    const Z3 = np.add(np.dot(W3, A2), b3);
    const A3 = output ? drop(sigmoid(Z3), dropoutMask(rng, Z3, keepProb, keep)) : sigmoid(Z3);
    return { A3, cache: { Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3 } };
  };
}

/** The dropout backward with the masks `masks(cache)` and `scale` or not. */
function dropoutBackwardWith(masks: (cache: DropoutCache, keepProb: number) => [Matrix | undefined, Matrix | undefined], scale = true) {
  return (X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: number): Gradients => {
    const m = np.shape(X)[1];
    const [D1, D2] = masks(cache, keepProb);
    const through = (dA: Matrix, D: Matrix | undefined) => {
      const masked = D ? np.multiply(dA, D) : dA;
      return scale ? np.divide(masked, keepProb) : masked;
    };
    const dZ3 = np.subtract(cache.A3, Y);
    const dW3 = np.multiply(1 / m, np.dotNT(dZ3, cache.A2));
    const db3 = np.multiply(1 / m, np.sum(dZ3, { axis: 1, keepdims: true }));
    const dA2 = through(np.dotTN(cache.W3, dZ3), D2);
    const dZ2 = np.multiply(dA2, np.greater(cache.A2, 0));
    const dW2 = np.multiply(1 / m, np.dotNT(dZ2, cache.A1));
    const db2 = np.multiply(1 / m, np.sum(dZ2, { axis: 1, keepdims: true }));
    const dA1 = through(np.dotTN(cache.W2, dZ2), D1);
    const dZ1 = np.multiply(dA1, np.greater(cache.A1, 0));
    const dW1 = np.multiply(1 / m, np.dotNT(dZ1, X));
    const db1 = np.multiply(1 / m, np.sum(dZ1, { axis: 1, keepdims: true }));
    return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
  };
}

/** New masks drawn in the backward's order (D2 first, then D1) from a fresh RandomState(1). */
const redrawnMasks = (cache: DropoutCache, keepProb: number): [Matrix, Matrix] => {
  const rng = new RandomState(1);
  const D2 = dropoutMask(rng, cache.A2, keepProb);
  const D1 = dropoutMask(rng, cache.A1, keepProb);
  return [D1, D2];
};

/**
 * The known mistakes of the Regularization functions (L2 term and gradient scalings, dropout masks and
 * `1/keepProb`); case files name them in `mistakes`.
 */
export const MISTAKES: KnownMistake[] = [
  {
    id: "l2-without-1-over-m",
    function: "computeCostWithRegularization",
    message: "the L2 term is not divided by m: it is lambd/(2m)·(ΣW1² + ΣW2² + ΣW3²)",
    implementation: costWith((lambd) => lambd / 2),
  },
  {
    id: "l2-without-half",
    function: "computeCostWithRegularization",
    message: "the L2 term lacks the ½: it is lambd/(2m)·(ΣW1² + ΣW2² + ΣW3²), not lambd/m·(…)",
    implementation: costWith((lambd, m) => lambd / m),
  },
  {
    id: "l2-without-cross-entropy",
    function: "computeCostWithRegularization",
    message: "only the L2 term is returned: add the cross-entropy cost computeCost(A3, Y) to it",
    implementation: (A3: Matrix, Y: Matrix, parameters: Params, lambd: number) => (lambd / (2 * np.shape(Y)[1])) * sumOfSquares(parameters),
  },
  {
    id: "l2-gradient-not-added",
    function: "backwardPropagationWithRegularization",
    message: "the L2 gradient is not added: each dW_l gets + (lambd/m)·W_l",
    implementation: backwardWith(() => 0),
  },
  {
    id: "l2-gradient-without-1-over-m",
    function: "backwardPropagationWithRegularization",
    message: "the L2 gradient is lambd·W_l; it is (lambd/m)·W_l",
    implementation: backwardWith((lambd, _m, W) => np.multiply(lambd, W)),
  },
  {
    id: "l2-gradient-halved",
    function: "backwardPropagationWithRegularization",
    message: "the L2 gradient is (lambd/(2m))·W_l; the derivative of lambd/(2m)·W² is (lambd/m)·W",
    implementation: backwardWith((lambd, m, W) => np.multiply(lambd / (2 * m), W)),
  },
  {
    id: "l2-gradient-on-biases",
    function: "backwardPropagationWithRegularization",
    message: "the biases are regularized too: only the dW_l get (lambd/m)·W_l, the db_l stay as they are",
    implementation: backwardWith((lambd, m, W) => np.divide(np.multiply(lambd, W), m), true),
  },
  {
    id: "dropout-without-keep-prob-scaling",
    function: "forwardPropagationWithDropout",
    message: "A1 and A2 are not divided by keepProb after the mask (inverted dropout keeps their expected value)",
    implementation: dropoutForwardWith({ scale: false }),
  },
  {
    id: "dropout-u-greater-than-keep-prob",
    function: "forwardPropagationWithDropout",
    message: "the masks keep the units where rand > keepProb; keep them where rand < keepProb",
    implementation: dropoutForwardWith({ keep: (u, k) => u > k }),
  },
  {
    id: "dropout-on-output-layer",
    function: "forwardPropagationWithDropout",
    message: "dropout is applied to the output layer too: only the hidden activations A1 and A2 get masks",
    implementation: dropoutForwardWith({ output: true }),
  },
  {
    id: "dropout-ignores-rng",
    function: "forwardPropagationWithDropout",
    message: "the masks are those of a fresh RandomState(1): draw them from the rng argument",
    implementation: (X: Matrix, parameters: Params, keepProb = 0.5) => dropoutForwardWith({})(X, parameters, keepProb, new RandomState(1)),
  },
  {
    id: "dropout-backward-without-keep-prob-scaling",
    function: "backwardPropagationWithDropout",
    message: "dA2 and dA1 are not divided by keepProb after the mask, as A2 and A1 were in the forward pass",
    implementation: dropoutBackwardWith((c) => [c.D1, c.D2], false),
  },
  {
    id: "dropout-masks-not-reused",
    function: "backwardPropagationWithDropout",
    message: "the backward pass draws new masks: reuse the forward pass's D1 and D2 from the cache",
    implementation: dropoutBackwardWith(redrawnMasks),
  },
  {
    id: "dropout-backward-without-masks",
    function: "backwardPropagationWithDropout",
    message: "dA2 and dA1 are not multiplied by the masks D2 and D1 from the cache",
    implementation: dropoutBackwardWith(() => [undefined, undefined]),
  },
];
