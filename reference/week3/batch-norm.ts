/**
 * Answer key for week 3 "Batch normalization". Never shipped to students.
 * Conventions (docs/course.md): units × examples; statistics over the examples (axis 1); the biased
 * variance (1/m); eps inside the square root; running averages `momentum·running + (1 − momentum)·batch`.
 * Each numpy expression is computed as numpy would (`np.mean` with pairwise sums, then the division).
 */
import type { BatchNormModule, BatchNormCache, BnParam } from "dnn-autograder/contracts";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";

/** The batch-norm layer's `eps` when `bnParam` gives none (added to the variance inside the square root). */
export const DEFAULT_EPS = 1e-5;
/** The running averages' `momentum` when `bnParam` gives none. */
export const DEFAULT_MOMENTUM = 0.9;

/** `momentum·running + (1 − momentum)·batch`. */
export function runningAverage(running: Matrix, batch: Matrix, momentum: number): Matrix {
  return np.add(np.multiply(momentum, running), np.multiply(1 - momentum, batch));
}

/** `Znorm = (Z − mu)/sqrt(sigma2 + eps)`, `out = gamma·Znorm + beta`. */
export function normalize(Z: Matrix, mu: Matrix, sigma2: Matrix, gamma: Matrix, beta: Matrix, eps: number): { Znorm: Matrix; out: Matrix } {
  return normalizeCentred(np.subtract(Z, mu), sigma2, gamma, beta, eps);
}

/** `normalize` given the centred `Zmu = Z − mu`: `Znorm = Zmu/sqrt(sigma2 + eps)`, `out = gamma·Znorm + beta`. */
export function normalizeCentred(Zmu: Matrix, sigma2: Matrix, gamma: Matrix, beta: Matrix, eps: number): { Znorm: Matrix; out: Matrix } {
  const Znorm = np.divide(Zmu, np.sqrt(np.add(sigma2, eps)));
  return { Znorm, out: np.add(np.multiply(gamma, Znorm), beta) };
}

/**
 * Batch norm on `Z` `(n, m)` with `gamma`, `beta` `(n, 1)`. Train mode: `mu` and the biased variance
 * `sigma2` (1/m) over the examples (axis 1), eps inside the square root, running averages updated with
 * `momentum`. Test mode: the running averages instead, bnParam unchanged. Returns `out` `(n, m)`, the
 * fixed cache and a new bnParam; inputs are copied, never mutated.
 */
export function batchnormForward(Z: Matrix, gamma: Matrix, beta: Matrix, bnParam: BnParam): { out: Matrix; cache: BatchNormCache; bnParam: BnParam } {
  const { mode, eps = DEFAULT_EPS, momentum = DEFAULT_MOMENTUM } = bnParam;
  const n = Z.length;
  const runningMean = bnParam.runningMean ?? np.zeros(n, 1);
  const runningVar = bnParam.runningVar ?? np.zeros(n, 1);
  if (mode === "train") {
    const mu = np.mean(Z, { axis: 1, keepdims: true });
    const Zmu = np.subtract(Z, mu);
    const sigma2 = np.mean(np.square(Zmu), { axis: 1, keepdims: true });
    const { Znorm, out } = normalizeCentred(Zmu, sigma2, gamma, beta, eps);
    return {
      out,
      cache: { Z: np.clone(Z), Znorm, mu, sigma2, gamma: np.clone(gamma), beta: np.clone(beta), eps },
      bnParam: { ...bnParam, runningMean: runningAverage(runningMean, mu, momentum), runningVar: runningAverage(runningVar, sigma2, momentum) },
    };
  }
  if (mode !== "test") throw new RangeError(`batchnormForward: bnParam.mode must be "train" or "test", got ${JSON.stringify(mode)}`);
  const { Znorm, out } = normalize(Z, runningMean, runningVar, gamma, beta, eps);
  return {
    out,
    cache: { Z: np.clone(Z), Znorm, mu: np.clone(runningMean), sigma2: np.clone(runningVar), gamma: np.clone(gamma), beta: np.clone(beta), eps },
    bnParam: { ...bnParam, runningMean: np.clone(runningMean), runningVar: np.clone(runningVar) },
  };
}

/**
 * With `dZnorm = dOut·gamma` and `m` examples, the three paths from `Z` (directly, through `mu`,
 * through `sigma2`) add up to
 * `dZ = (1/m)·(1/sqrt(sigma2 + eps))·(m·dZnorm − Σ dZnorm − Znorm·Σ dZnorm·Znorm)`, sums over the examples.
 */
export function batchnormBackward(dOut: Matrix, cache: BatchNormCache): { dZ: Matrix; dGamma: Matrix; dBeta: Matrix } {
  const { Znorm, sigma2, gamma, eps } = cache;
  const m = dOut[0].length;
  const dBeta = np.sum(dOut, { axis: 1, keepdims: true });
  const dGamma = np.sum(np.multiply(dOut, Znorm), { axis: 1, keepdims: true });
  const dZnorm = np.multiply(dOut, gamma);
  const sumDZnorm = np.sum(dZnorm, { axis: 1, keepdims: true });
  const sumDZnormZnorm = np.sum(np.multiply(dZnorm, Znorm), { axis: 1, keepdims: true });
  const inner = np.subtract(np.subtract(np.multiply(m, dZnorm), sumDZnorm), np.multiply(Znorm, sumDZnormZnorm));
  const dZ = np.multiply(np.divide(1 / m, np.sqrt(np.add(sigma2, eps))), inner);
  return { dZ, dGamma, dBeta };
}

/** The answer key's graded functions, as the `BatchNormModule` contract. */
export const reference: BatchNormModule = { batchnormForward, batchnormBackward };
