import type { Matrix } from "../../np/matrix";
import { defineAssignment } from "../define";

/**
 * What a batch-norm layer is told and hands back: `mode` (`"train"` normalises with the batch's own
 * statistics, `"test"` with the running averages), `eps` (default 1e-5), `momentum` (default 0.9) and
 * the running averages of the mean and the (biased) variance, `(n, 1)` each, zeros when absent.
 */
export interface BnParam {
  mode: "train" | "test";
  eps?: number;
  momentum?: number;
  runningMean?: Matrix;
  runningVar?: Matrix;
}

/**
 * The forward's cache, fixed so that the backward can be graded on its own: the layer's input `Z`
 * `(n, m)`, `Znorm = (Z − mu)/sqrt(sigma2 + eps)` `(n, m)`, the statistics it used `mu`, `sigma2`
 * `(n, 1)`, the parameters `gamma`, `beta` `(n, 1)` and `eps`.
 */
export interface BatchNormCache {
  Z: Matrix;
  Znorm: Matrix;
  mu: Matrix;
  sigma2: Matrix;
  gamma: Matrix;
  beta: Matrix;
  eps: number;
}

/**
 * The graded functions of week 3 "Batch normalization" (the lecture's formulas, course layout: units
 * × examples, so statistics are taken over the examples, axis 1). Inputs are never mutated.
 */
export interface BatchNormModule {
  /**
   * Train mode: `mu = mean(Z, axis 1)`, `sigma2 = mean((Z − mu)², axis 1)` (biased: 1/m),
   * `Znorm = (Z − mu)/sqrt(sigma2 + eps)` (eps inside the square root), `out = gamma·Znorm + beta`,
   * and a new bnParam whose running averages are `momentum·running + (1 − momentum)·batch` (mean and
   * biased variance; zeros `(n, 1)` when absent). Test mode: the same with `mu = runningMean`,
   * `sigma2 = runningVar`, and the bnParam comes back unchanged. Returns `{ out, cache, bnParam }`:
   * `out` `(n, m)`, the cache as {@link BatchNormCache}, the new bnParam with the keys it was given
   * plus `runningMean` and `runningVar`.
   */
  batchnormForward(Z: Matrix, gamma: Matrix, beta: Matrix, bnParam: BnParam): { out: Matrix; cache: BatchNormCache; bnParam: BnParam };
  /**
   * Backward through train mode, the batch statistics included (`mu` and `sigma2` depend on `Z`):
   * given `dOut = dJ/dout` `(n, m)`, returns `dZ` `(n, m)`, `dGamma = Σ_examples dOut·Znorm` and
   * `dBeta = Σ_examples dOut`, both `(n, 1)`.
   */
  batchnormBackward(dOut: Matrix, cache: BatchNormCache): { dZ: Matrix; dGamma: Matrix; dBeta: Matrix };
}

/** The contract of week 3 "Batch Normalization": its graded functions in the notebook's order, their parameters named. */
export const batchNormAssignment = defineAssignment<BatchNormModule>()({
  name: "week3/batch-norm",
  title: "Batch Normalization",
  module: "week3/batch-norm",
  position: 1,
  params: {
    batchnormForward: ["Z", "gamma", "beta", "bnParam"],
    batchnormBackward: ["dOut", "cache"],
  },
});
