/**
 * Gradient problems of week 1 "Regularization" (see ../gradient-problems). The parameters
 * `W1 b1 W2 b2 W3 b3` are the inputs; the backward's `dW1 db1 … db3` their gradients.
 * - `week1/regularization/l2`: J(θ) = `computeCostWithRegularization(A3, Y, θ, lambd)` with `A3` from
 *   the course's `forwardPropagation(X, θ)`; checked against `backwardPropagationWithRegularization`
 *   on that forward's cache. Arguments: `(X, Y, cache, lambd)`.
 * - `week1/regularization/dropout`: J(θ) = the course's `computeCost(A3, Y)` with `A3` from
 *   `forwardPropagationWithDropout(X, θ, keepProb, new RandomState(seed))` (the same masks at every θ);
 *   checked against `backwardPropagationWithDropout` on that forward's cache. Arguments
 *   `(X, Y, cache, keepProb)`; `checkOptions.seed` is the masks' seed, the one the cache was made with.
 */
import { computeCost, forwardPropagation } from "../../../course/week1/regularization";
import type { Params } from "../../../course/types";
import type { Matrix } from "../../../np/matrix";
import { RandomState } from "../../../random";
import type { NamedValues } from "../../finite-difference";
import { asValue, copy, functionOf, pickGradients, scalarUpstream, type GradientOptions, type GradientProblem } from "./common";

const LABELS = { W1: "dW1", b1: "db1", W2: "dW2", b2: "db2", W3: "dW3", b3: "db3" };

/** θ: the parameters the cache holds. */
function parametersOf(cache: unknown): NamedValues {
  const c = cache as Record<string, Matrix>;
  const out: NamedValues = {};
  for (const key of Object.keys(LABELS)) out[key] = copy(c[key]);
  return out;
}

/** A scalar cost from what a module returned. */
function costOf(value: unknown, what: string): number {
  const v = asValue(value, what);
  if (typeof v === "number") return v;
  if (v.length === 1 && v[0].length === 1) return v[0][0];
  throw new TypeError(`${what} is a matrix, expected a number`);
}

const l2: GradientProblem = {
  name: "week1/regularization/l2",
  forward: "computeCostWithRegularization (after the course's forwardPropagation)",
  labels: LABELS,
  setup(module, args) {
    const [X, Y, cache, lambd] = args as [Matrix, Matrix, unknown, number];
    const cost = functionOf(module, "computeCostWithRegularization");
    const backward = functionOf(module, "backwardPropagationWithRegularization");
    const fn = "backwardPropagationWithRegularization";
    return {
      inputs: parametersOf(cache),
      fn: {
        forward: (theta) => {
          const { A3 } = forwardPropagation(X, theta as Params);
          return costOf(cost(A3, copy(Y), copy(theta), lambd), "computeCostWithRegularization's result");
        },
        backward: (theta, dOut) => {
          const { cache: own } = forwardPropagation(X, theta as Params);
          return pickGradients(backward(copy(X), copy(Y), own, lambd), LABELS, fn, scalarUpstream(dOut));
        },
      },
      atArguments: () => pickGradients(backward(copy(X), copy(Y), copy(cache), lambd), LABELS, fn),
    };
  },
};

function seedOf(options: GradientOptions): number {
  const seed = options.seed;
  if (seed === undefined) throw new TypeError("the case gives no checkOptions.seed for the dropout masks");
  return seed;
}

const dropout: GradientProblem = {
  name: "week1/regularization/dropout",
  forward: "forwardPropagationWithDropout (then the course's computeCost)",
  labels: LABELS,
  setup(module, args, options) {
    const [X, Y, cache, keepProb] = args as [Matrix, Matrix, unknown, number];
    const seed = seedOf(options);
    const forward = functionOf(module, "forwardPropagationWithDropout");
    const backward = functionOf(module, "backwardPropagationWithDropout");
    const fn = "backwardPropagationWithDropout";
    const run = (theta: NamedValues) => {
      const result = forward(copy(X), copy(theta), keepProb, new RandomState(seed)) as { A3?: unknown; cache?: unknown } | null;
      if (result === null || typeof result !== "object" || result.A3 === undefined) throw new TypeError("forwardPropagationWithDropout returned no A3");
      return result;
    };
    return {
      inputs: parametersOf(cache),
      fn: {
        forward: (theta) => {
          const A3 = asValue(run(theta).A3, "forwardPropagationWithDropout's A3");
          return computeCost(typeof A3 === "number" ? [[A3]] : A3, Y);
        },
        backward: (theta, dOut) => pickGradients(backward(copy(X), copy(Y), run(theta).cache, keepProb), LABELS, fn, scalarUpstream(dOut)),
      },
      atArguments: () => pickGradients(backward(copy(X), copy(Y), copy(cache), keepProb), LABELS, fn),
    };
  },
  checkArguments(reference, args, options) {
    const [X, , cache, keepProb] = args as [Matrix, Matrix, Record<string, Matrix>, number];
    const own = (
      functionOf(reference, "forwardPropagationWithDropout")(X, parametersOf(cache), keepProb, new RandomState(seedOf(options))) as {
        cache: Record<string, Matrix>;
      }
    ).cache;
    const same = (key: string) => JSON.stringify(own[key]) === JSON.stringify(cache[key]);
    return ["D1", "D2", "A3"].every(same) ? undefined : `the cache's masks are not those of checkOptions.seed ${seedOf(options)} with keepProb ${keepProb}`;
  },
};

/** The Regularization assignment's gradient problems: `week1/regularization/l2` and `week1/regularization/dropout`. */
export const regularizationProblems: readonly GradientProblem[] = [l2, dropout];
