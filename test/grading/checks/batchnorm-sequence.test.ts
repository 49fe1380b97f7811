/**
 * The batch-norm checks on planted bugs: the train-then-test sequence, and the `week3/batch-norm`
 * gradient problem's guard on a case's cache.
 */
import * as reference from "../../../reference/week3/batch-norm";
import { MISTAKES } from "../../../reference/week3/batch-norm.mistakes";
import { findAssignment, findFunction } from "../../../src/contracts";
import { decodeValue } from "../../../src/fixtures/encode";
import { loadCases } from "../../../src/fixtures/load";
import { batchnormSequenceCheck } from "../../../src/grading/checks/batchnorm-sequence";
import { findGradientProblem } from "../../../src/grading/checks/gradient-problems";
import { judgeReport } from "../../../src/grading/judge";
import { describeValue } from "../../../src/grading/describe";
import type { Matrix } from "../../../src/np";

const CASE = loadCases("week3/batch-norm").find((c) => c.id === "forward/train-then-test")!;
const FN = findFunction(findAssignment("week3/batch-norm"), "batchnormForward")!;
const mistake = (id: string) => MISTAKES.find((m) => m.id === id)!.implementation;

function judged(submitted: Record<string, unknown>) {
  const args = CASE.args.map((a) => decodeValue(a));
  const probed = describeValue(batchnormSequenceCheck.probe({ submitted, fn: "batchnormForward", args, options: {} }));
  return judgeReport(batchnormSequenceCheck, CASE, FN, probed, []);
}

test("the reference passes; a test mode that uses the batch's statistics is named", () => {
  expect(judged(reference)).toMatchObject({ passed: true });
  const verdict = judged({ ...reference, batchnormForward: mistake("bn-test-uses-batch") });
  expect(verdict).toMatchObject({ passed: false, stage: "values" });
  expect(verdict.lines[0]).toBe("values differ in testOut");
  expect(verdict.lines).toContain(
    "likely: test mode normalises with the batch's own statistics: at test time use the running averages, and leave them unchanged",
  );
});

test("a forward that does not hand back its bnParam is told so", () => {
  const noParam = (...args: Parameters<typeof reference.batchnormForward>) => ({ ...reference.batchnormForward(...args), bnParam: undefined });
  const args = CASE.args.map((a) => decodeValue(a));
  expect(() => batchnormSequenceCheck.probe({ submitted: { batchnormForward: noParam }, fn: "batchnormForward", args, options: {} })).toThrow(
    "batchnormForward returned no bnParam for training batch 1: it must return { out, cache, bnParam }",
  );
});

test("the gradient problem refuses a case whose cache is not train mode's on its own Z", () => {
  const problem = findGradientProblem("week3/batch-norm")!;
  const Z = [
    [1, 2, 4],
    [0, -1, 3],
  ];
  const { cache } = reference.batchnormForward(Z, [[1], [2]], [[0], [1]], { mode: "train" });
  expect(
    problem.checkArguments!(
      reference,
      [
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        cache,
      ],
      { problem: "week3/batch-norm" },
    ),
  ).toBeUndefined();
  const stale = { ...cache, mu: [[0], [0]] as Matrix };
  expect(
    problem.checkArguments!(
      reference,
      [
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        stale,
      ],
      { problem: "week3/batch-norm" },
    ),
  ).toBe("the cache's mu is not what train mode computes from its Z, gamma, beta and eps");
});
