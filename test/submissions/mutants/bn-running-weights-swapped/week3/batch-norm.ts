// Mutant: the running averages weigh the batch by momentum and the past by 1 − momentum.
import { np, type Matrix } from "dnn-autograder";

type BnParam = { mode: "train" | "test"; eps?: number; momentum?: number; runningMean?: Matrix; runningVar?: Matrix };
type Cache = { Z: Matrix; Znorm: Matrix; mu: Matrix; sigma2: Matrix; gamma: Matrix; beta: Matrix; eps: number };

export function batchnormForward(Z: Matrix, gamma: Matrix, beta: Matrix, bnParam: BnParam) {
  const eps = bnParam.eps ?? 1e-5;
  const momentum = bnParam.momentum ?? 0.9;
  const n = Z.length;
  const m = Z[0].length;
  const runningMean = bnParam.runningMean ?? np.zeros(n, 1);
  const runningVar = bnParam.runningVar ?? np.zeros(n, 1);
  let mu: Matrix;
  let sigma2: Matrix;
  if (bnParam.mode === "train") {
    mu = Z.map((row) => [row.reduce((s, z) => s + z, 0) / m]);
    sigma2 = Z.map((row, i) => [row.reduce((s, z) => s + (z - mu[i][0]) ** 2, 0) / m]);
  } else {
    mu = runningMean;
    sigma2 = runningVar;
  }
  const Znorm = Z.map((row, i) => row.map((z) => (z - mu[i][0]) / Math.sqrt(sigma2[i][0] + eps)));
  const out = Znorm.map((row, i) => row.map((z) => gamma[i][0] * z + beta[i][0]));
  const newParam: BnParam = { ...bnParam };
  if (bnParam.mode === "train") {
    newParam.runningMean = runningMean.map((r, i) => [(1 - momentum) * r[0] + momentum * mu[i][0]]);
    newParam.runningVar = runningVar.map((r, i) => [(1 - momentum) * r[0] + momentum * sigma2[i][0]]);
  } else {
    newParam.runningMean = runningMean;
    newParam.runningVar = runningVar;
  }
  const cache: Cache = { Z, Znorm, mu, sigma2, gamma, beta, eps };
  return { out, cache, bnParam: newParam };
}

export function batchnormBackward(dOut: Matrix, cache: Cache) {
  const { Znorm, sigma2, gamma, eps } = cache;
  const m = dOut[0].length;
  const dBeta = dOut.map((row) => [row.reduce((s, d) => s + d, 0)]);
  const dGamma = dOut.map((row, i) => [row.reduce((s, d, j) => s + d * Znorm[i][j], 0)]);
  const dZ = dOut.map((row, i) => {
    const dZnorm = row.map((d) => d * gamma[i][0]);
    const sum = dZnorm.reduce((s, x) => s + x, 0);
    const sumXnorm = dZnorm.reduce((s, x, j) => s + x * Znorm[i][j], 0);
    return dZnorm.map((x, j) => (m * x - sum - Znorm[i][j] * sumXnorm) / (m * Math.sqrt(sigma2[i][0] + eps)));
  });
  return { dZ, dGamma, dBeta };
}
