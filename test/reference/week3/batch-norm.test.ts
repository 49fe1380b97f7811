/**
 * The answer key for week 3 "Batch normalization" against numpy (test/data/batch-norm.py, the
 * lecture's formulas with np.mean / np.var), against finite differences of its own forward, and on
 * the edge cases the course's conventions decide: one example, a constant unit, running averages.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { batchnormBackward, batchnormForward } from "../../../reference/week3/batch-norm";
import { INPUTS } from "../../../reference/week3/batch-norm.inputs";
import { MISTAKES } from "../../../reference/week3/batch-norm.mistakes";
import type { BatchNormCache, BnParam } from "../../../src/contracts";
import { checkGradients, type DifferentiableFunction } from "../../../src/grading/finite-difference";
import type { Matrix } from "../../../src/np";
import { RandomState } from "../../../src/random";

interface NumpyCase {
  draw: [number, number, number, boolean];
  mode: "train" | "test";
  eps: number;
  momentum: number;
  out: Matrix;
  mu: Matrix;
  sigma2: Matrix;
  runningMean: Matrix;
  runningVar: Matrix;
  dOutSeed: number;
  dZ: Matrix;
  dGamma: Matrix;
  dBeta: Matrix;
}

const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "batch-norm.json"), "utf8")) as { cases: NumpyCase[] };
// numpy sums pairwise like np's helpers; its divisions and square roots are IEEE: a few ulps at most.
const NUMPY = { atol: 1e-14, rtol: 1e-13 };

describe.each(numpy.cases)("numpy: $mode, draw $draw", (c) => {
  const [n, m, seed, running] = c.draw;
  const [Z, gamma, beta, bnParam] = INPUTS.forwardInputs(n, m, seed, { mode: c.mode, eps: c.eps, momentum: c.momentum }, { running }) as [
    Matrix,
    Matrix,
    Matrix,
    BnParam,
  ];
  const result = batchnormForward(Z, gamma, beta, bnParam);

  test("forward: out, the statistics used and the running averages", () => {
    expect(result.out).toBeCloseToArray(c.out, NUMPY);
    expect(result.cache.mu).toBeCloseToArray(c.mu, NUMPY);
    expect(result.cache.sigma2).toBeCloseToArray(c.sigma2, NUMPY);
    expect(result.bnParam.runningMean).toBeCloseToArray(c.runningMean, NUMPY);
    expect(result.bnParam.runningVar).toBeCloseToArray(c.runningVar, NUMPY);
    expect(result.bnParam).toMatchObject({ mode: c.mode, eps: c.eps, momentum: c.momentum });
  });

  test("backward: dZ, dGamma, dBeta", () => {
    if (c.mode === "test") return;
    const g = batchnormBackward(new RandomState(c.dOutSeed).randn(n, m), result.cache);
    expect(g.dZ).toBeCloseToArray(c.dZ, NUMPY);
    expect(g.dGamma).toBeCloseToArray(c.dGamma, NUMPY);
    expect(g.dBeta).toBeCloseToArray(c.dBeta, NUMPY);
  });
});

/** batchnormForward/backward in train mode as a function of Z, gamma, beta for the finite-difference checker. */
function asDifferentiable(
  backward: (dOut: Matrix, cache: BatchNormCache) => { dZ: Matrix; dGamma: Matrix; dBeta: Matrix },
  eps = 1e-5,
): DifferentiableFunction {
  const run = ({ Z, gamma, beta }: Record<string, unknown>) => batchnormForward(Z as Matrix, gamma as Matrix, beta as Matrix, { mode: "train", eps });
  return {
    forward: (inputs) => run(inputs).out,
    backward: (inputs, dOut) => {
      const g = backward(dOut as Matrix, run(inputs).cache);
      return { Z: g.dZ, gamma: g.dGamma, beta: g.dBeta };
    },
  };
}

test("the backward is the gradient of the forward (finite differences), a constant unit included", () => {
  for (const [n, m, seed, options] of [
    [4, 5, 1, {}],
    [6, 11, 7, {}],
    [4, 6, 4, { constantRows: [1], nearlyConstantRows: [3] }],
  ] as const) {
    const [Z, gamma, beta] = INPUTS.forwardInputs(n, m, seed, { mode: "train" }, options) as Matrix[];
    // dOut from another seed than Z: an upstream gradient affine in Z's own draws is orthogonal to every dZ.
    const report = checkGradients(asDifferentiable(batchnormBackward), { Z, gamma, beta }, { rng: new RandomState(seed + 100) });
    expect({ seed, differences: report.differences, passed: report.passed }).toEqual({ seed, differences: report.differences, passed: true });
  }
});

test("the checker rejects the backward that ignores the batch statistics", () => {
  const ignoring = MISTAKES.find((mistake) => mistake.id === "bn-backward-ignores-statistics")!.implementation as typeof batchnormBackward;
  const [Z, gamma, beta] = INPUTS.forwardInputs(4, 5, 1, { mode: "train" }) as Matrix[];
  const report = checkGradients(asDifferentiable(ignoring), { Z, gamma, beta }, { rng: new RandomState(0) });
  expect(report.passed).toBe(false);
  expect(report.worst?.name).toBe("Z");
  expect(report.differences.gamma).toBeLessThan(1e-8);
});

test("one example: the variance is 0, out = beta, dZ = 0", () => {
  const [Z, gamma, beta] = INPUTS.forwardInputs(3, 1, 3, { mode: "train" }) as Matrix[];
  const { out, cache } = batchnormForward(Z, gamma, beta, { mode: "train" });
  expect(cache.sigma2).toEqual([[0], [0], [0]]);
  expect(out).toEqual(beta);
  expect(batchnormBackward([[1], [2], [3]], cache).dZ).toEqual([[0], [0], [0]]);
});

test("running averages start at zero and follow momentum·running + (1 − momentum)·batch, call after call", () => {
  const [Z, gamma, beta] = INPUTS.forwardInputs(2, 4, 9, { mode: "train" }) as Matrix[];
  const first = batchnormForward(Z, gamma, beta, { mode: "train", momentum: 0.75 });
  expect(first.bnParam.runningMean).toEqual(first.cache.mu.map(([mu]) => [0.75 * 0 + 0.25 * mu]));
  const second = batchnormForward(Z, gamma, beta, first.bnParam);
  expect(second.bnParam.runningVar).toEqual(first.bnParam.runningVar!.map(([r], i) => [0.75 * r + 0.25 * first.cache.sigma2[i][0]]));
  expect(Object.keys(first.bnParam).sort()).toEqual(["mode", "momentum", "runningMean", "runningVar"]);
});

test("test mode uses the running averages, returns them unchanged, and nothing is mutated", () => {
  const args = INPUTS.forwardInputs(4, 5, 5, { mode: "test" }, { running: true }) as [Matrix, Matrix, Matrix, BnParam];
  const before = JSON.stringify(args);
  const { out, cache, bnParam } = batchnormForward(...args);
  expect(JSON.stringify(args)).toBe(before);
  expect(cache.mu).toEqual(args[3].runningMean);
  expect(bnParam).toEqual(args[3]);
  expect(bnParam.runningMean).not.toBe(args[3].runningMean);
  expect(out[0][0]).toBeCloseTo(
    args[1][0][0] * ((args[0][0][0] - args[3].runningMean![0][0]) / Math.sqrt(args[3].runningVar![0][0] + 1e-5)) + args[2][0][0],
    14,
  );
  expect(() => batchnormForward(args[0], args[1], args[2], { mode: "predict" as never })).toThrow('bnParam.mode must be "train" or "test"');
});
