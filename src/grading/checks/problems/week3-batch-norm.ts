/**
 * The gradient problem of week 3 "Batch normalization" (see ../gradient-problems):
 * `week3/batch-norm`: J(θ) = `Σ dOut ⊙ out`, with `out` from `batchnormForward(Z, gamma, beta,
 * { mode: "train", eps })` and θ = `Z`, `gamma`, `beta` (at the cache's values, with its `eps`) and
 * `dOut` the case's own upstream gradient: a vector–Jacobian product, so J is a number. The backward
 * is `batchnormBackward(dOut, cache)` on the forward's own cache, whose `dZ dGamma dBeta` must be
 * dJ/dZ, dJ/dgamma, dJ/dbeta (through the batch statistics). Arguments: `(dOut, cache)`.
 */
import type { Matrix } from "../../../np/matrix";
import type { NamedValues } from "../../finite-difference";
import { project } from "../../finite-difference";
import { asValue, copy, functionOf, pickGradients, scalarUpstream, type GradientProblem } from "./common";

const LABELS = { Z: "dZ", gamma: "dGamma", beta: "dBeta" };
const FORWARD = "batchnormForward";
const BACKWARD = "batchnormBackward";

interface Cache {
  Z: Matrix;
  gamma: Matrix;
  beta: Matrix;
  eps: number;
}

function thetaOf(cache: Cache): NamedValues {
  return { Z: copy(cache.Z), gamma: copy(cache.gamma), beta: copy(cache.beta) };
}

const batchNorm: GradientProblem = {
  name: "week3/batch-norm",
  forward: "Σ dOut ⊙ batchnormForward(…).out (train mode)",
  labels: LABELS,
  setup(module, args) {
    const [dOut, cache] = args as [Matrix, Cache];
    const forward = functionOf(module, FORWARD);
    const backward = functionOf(module, BACKWARD);
    const run = (theta: NamedValues) => {
      const result = forward(copy(theta.Z), copy(theta.gamma), copy(theta.beta), { mode: "train", eps: cache.eps }) as {
        out?: unknown;
        cache?: unknown;
      } | null;
      if (result === null || typeof result !== "object" || result.out === undefined) throw new TypeError(`${FORWARD} returned no out`);
      return result;
    };
    return {
      inputs: thetaOf(cache),
      fn: {
        forward: (theta) => project(asValue(run(theta).out, `${FORWARD}'s out`), dOut),
        backward: (theta, upstream) => pickGradients(backward(copy(dOut), run(theta).cache), LABELS, BACKWARD, scalarUpstream(upstream)),
      },
      atArguments: () => pickGradients(backward(copy(dOut), copy(cache)), LABELS, BACKWARD),
    };
  },
  checkArguments(reference, args) {
    const [, cache] = args as [Matrix, Cache & Record<string, unknown>];
    const own = (functionOf(reference, FORWARD)(cache.Z, cache.gamma, cache.beta, { mode: "train", eps: cache.eps }) as { cache: Record<string, unknown> })
      .cache;
    const differing = Object.keys(own).filter((key) => JSON.stringify(own[key]) !== JSON.stringify(cache[key]));
    if (differing.length === 0) return undefined;
    return `the cache's ${differing.join(", ")} ${differing.length === 1 ? "is" : "are"} not what train mode computes from its Z, gamma, beta and eps`;
  },
};

/** Week 3's gradient problems: `week3/batch-norm`. */
export const batchNormProblems: readonly GradientProblem[] = [batchNorm];
