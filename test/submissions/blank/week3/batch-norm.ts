// The student stubs of week3/batch-norm as handed out: every graded function throws "not implemented".
// Generated from src/contracts/week3/batch-norm.ts by `npm run stubs`: edit the contract, not this file.
import type { BatchNormCache, BnParam, Matrix } from "dnn-autograder";

/**
 * Train mode: `mu = mean(Z, axis 1)`, `sigma2 = mean((Z − mu)², axis 1)` (biased: 1/m),
 * `Znorm = (Z − mu)/sqrt(sigma2 + eps)` (eps inside the square root), `out = gamma·Znorm + beta`,
 * and a new bnParam whose running averages are `momentum·running + (1 − momentum)·batch` (mean and
 * biased variance; zeros `(n, 1)` when absent). Test mode: the same with `mu = runningMean`,
 * `sigma2 = runningVar`, and the bnParam comes back unchanged. Returns `{ out, cache, bnParam }`:
 * `out` `(n, m)`, the cache as {@link BatchNormCache}, the new bnParam with the keys it was given
 * plus `runningMean` and `runningVar`.
 */
export function batchnormForward(Z: Matrix, gamma: Matrix, beta: Matrix, bnParam: BnParam): { out: Matrix; cache: BatchNormCache; bnParam: BnParam } {
  throw new Error("not implemented");
}

/**
 * Backward through train mode, the batch statistics included (`mu` and `sigma2` depend on `Z`):
 * given `dOut = dJ/dout` `(n, m)`, returns `dZ` `(n, m)`, `dGamma = Σ_examples dOut·Znorm` and
 * `dBeta = Σ_examples dOut`, both `(n, 1)`.
 */
export function batchnormBackward(dOut: Matrix, cache: BatchNormCache): { dZ: Matrix; dGamma: Matrix; dBeta: Matrix } {
  throw new Error("not implemented");
}
