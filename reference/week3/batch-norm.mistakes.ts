/**
 * Typical wrong answers to week 3 "Batch normalization". Fixture generation runs each on the cases
 * that name it, so a student's output that matches one is reported with its message.
 */
import type { BatchNormCache, BnParam } from "dnn-autograder/contracts";
import type { KnownMistake } from "dnn-autograder/fixtures/mistakes";
import * as np from "dnn-autograder/np";
import type { Matrix } from "dnn-autograder/np";
import { batchnormBackward, DEFAULT_EPS, DEFAULT_MOMENTUM, runningAverage } from "./batch-norm";

interface Slips {
  /** Variance with 1/(m − 1). */
  unbiased?: boolean;
  /** `(Z − mu)/(sqrt(sigma2) + eps)`. */
  epsOutside?: boolean;
  /** Statistics over the units (axis 0) instead of the examples. */
  overUnits?: boolean;
  /** `(1 − momentum)·running + momentum·batch`. */
  swapped?: boolean;
  /** Test mode normalises with the batch's own statistics. */
  testUsesBatch?: boolean;
}

/** The forward with the given slips (test mode uses the running averages unless `testUsesBatch`). */
function forwardWith(slips: Slips) {
  return (Z: Matrix, gamma: Matrix, beta: Matrix, bnParam: BnParam) => {
    const { eps = DEFAULT_EPS, momentum = DEFAULT_MOMENTUM } = bnParam;
    const n = Z.length;
    const runningMean = bnParam.runningMean ?? np.zeros(n, 1);
    const runningVar = bnParam.runningVar ?? np.zeros(n, 1);
    const fromBatch = bnParam.mode === "train" || slips.testUsesBatch;
    const axis = slips.overUnits ? 0 : 1;
    const count = axis === 1 ? Z[0].length : n;
    const batchMean = np.mean(Z, { axis, keepdims: true });
    const squares = np.sum(np.square(np.subtract(Z, batchMean)), { axis, keepdims: true });
    const mu = fromBatch ? batchMean : runningMean;
    const sigma2 = fromBatch ? np.divide(squares, slips.unbiased ? count - 1 : count) : runningVar;
    const centred = np.subtract(Z, mu);
    const Znorm = slips.epsOutside ? np.divide(centred, np.add(np.sqrt(sigma2), eps)) : np.divide(centred, np.sqrt(np.add(sigma2, eps)));
    const out = np.add(np.multiply(gamma, Znorm), beta);
    const weight = slips.swapped ? 1 - momentum : momentum;
    const updated =
      bnParam.mode === "train"
        ? { ...bnParam, runningMean: runningAverage(runningMean, mu, weight), runningVar: runningAverage(runningVar, sigma2, weight) }
        : { ...bnParam, runningMean, runningVar };
    return { out, cache: { Z, Znorm, mu, sigma2, gamma, beta, eps }, bnParam: updated };
  };
}

/** dZ as if `mu` and `sigma2` were constants: `dOut·gamma/sqrt(sigma2 + eps)`. */
function backwardIgnoringStatistics(dOut: Matrix, cache: BatchNormCache) {
  const { dGamma, dBeta } = batchnormBackward(dOut, cache);
  return { dZ: np.divide(np.multiply(dOut, cache.gamma), np.sqrt(np.add(cache.sigma2, cache.eps))), dGamma, dBeta };
}

/** dGamma and dBeta summed over the units (axis 0). */
function backwardSummingUnits(dOut: Matrix, cache: BatchNormCache) {
  const { dZ } = batchnormBackward(dOut, cache);
  return { dZ, dGamma: np.sum(np.multiply(dOut, cache.Znorm), { axis: 0, keepdims: true }), dBeta: np.sum(dOut, { axis: 0, keepdims: true }) };
}

const FORWARD = "batchnormForward";
const BACKWARD = "batchnormBackward";

/**
 * The known mistakes of `batchnormForward` and `batchnormBackward` (unbiased variance, eps outside the
 * square root, statistics over the units, swapped momentum, batch statistics at test time, a backward
 * that ignores the statistics' dependence on `Z`, …); case files name them in `mistakes`.
 */
export const MISTAKES: KnownMistake[] = [
  {
    id: "bn-unbiased-variance",
    function: FORWARD,
    message: "the variance is unbiased (divided by m − 1): batch norm uses the biased variance, mean((Z − mu)²) over the m examples",
    implementation: forwardWith({ unbiased: true }),
  },
  {
    id: "bn-eps-outside-sqrt",
    function: FORWARD,
    message: "eps is added outside the square root: Znorm = (Z − mu)/sqrt(sigma2 + eps)",
    implementation: forwardWith({ epsOutside: true }),
  },
  {
    id: "bn-over-units",
    function: FORWARD,
    message: "the statistics are taken over the units (axis 0): each unit is normalised over the examples, mean and variance along axis 1, shape (n, 1)",
    implementation: forwardWith({ overUnits: true }),
  },
  {
    id: "bn-running-swapped",
    function: FORWARD,
    message: "the running averages weigh the batch by momentum: running = momentum·running + (1 − momentum)·batch",
    implementation: forwardWith({ swapped: true }),
  },
  {
    id: "bn-test-uses-batch",
    function: FORWARD,
    message: "test mode normalises with the batch's own statistics: at test time use the running averages, and leave them unchanged",
    implementation: forwardWith({ testUsesBatch: true }),
  },
  {
    id: "bn-backward-ignores-statistics",
    function: BACKWARD,
    message: "dZ treats mu and sigma2 as constants: both depend on Z, so dZ = (1/m)/sqrt(sigma2 + eps)·(m·dZnorm − Σ dZnorm − Znorm·Σ dZnorm·Znorm)",
    implementation: backwardIgnoringStatistics,
  },
  {
    id: "bn-dgamma-dbeta-wrong-axis",
    function: BACKWARD,
    message: "dGamma and dBeta are summed over the units (axis 0): sum over the examples (axis 1), shape (n, 1) like gamma and beta",
    implementation: backwardSummingUnits,
  },
];
