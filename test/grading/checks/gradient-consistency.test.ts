/**
 * The gradient-consistency check, probe and judge run in this process on the real fixture cases,
 * with modules made from the reference and its known mistakes: a right backward passes whatever
 * the forward does; a wrong one fails with a message that tells "forward wrong" from "backward
 * inconsistent with your own forward".
 */
import * as gradientChecking from "../../../reference/week1/gradient-checking";
import * as regularization from "../../../reference/week1/regularization";
import { MISTAKES } from "../../../reference/week1/regularization.mistakes";
import { findAssignment, findFunction } from "../../../src/contracts";
import { decodeValue } from "../../../src/fixtures/encode";
import { loadCases } from "../../../src/fixtures/load";
import type { FixtureCase } from "../../../src/fixtures/types";
import { gradientConsistencyCheck, probeConsistency } from "../../../src/grading/checks/gradient-consistency";
import type { GradientOptions } from "../../../src/grading/checks/problems/common";
import { describeValue } from "../../../src/grading/describe";
import { judgeReport } from "../../../src/grading/judge";
import type { Verdict } from "../../../src/grading/checks/types";

type Module = Record<string, unknown>;

const mistake = (id: string) => {
  const found = MISTAKES.find((m) => m.id === id);
  if (!found) throw new Error(`no mistake ${id}`);
  return { [found.function]: found.implementation };
};

function caseOf(assignment: string, id: string): FixtureCase {
  const found = loadCases(assignment).find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
}

function grade(assignment: string, id: string, module: Module): Verdict {
  const fixtureCase = caseOf(assignment, id);
  const args = fixtureCase.args.map((a, i) => decodeValue(a, `args/${i}`));
  const options = decodeValue(fixtureCase.checkOptions ?? {}, "checkOptions") as GradientOptions;
  const probed = probeConsistency({ submitted: module, fn: fixtureCase.function, args, options });
  return judgeReport(gradientConsistencyCheck, fixtureCase, findFunction(findAssignment(assignment), fixtureCase.function)!, describeValue(probed), []);
}

const REG = "week1/regularization";
const L2 = "backward-l2/consistency";
const DROPOUT = "dropout-backward/consistency";

test("the reference passes every consistency case", () => {
  for (const c of loadCases(REG).filter((x) => x.check === "gradient-consistency"))
    expect(grade(REG, c.id, regularization)).toEqual({ passed: true, stage: "ok", lines: ["ok"] });
  expect(grade("week1/gradient-checking", "backward/consistency", gradientChecking).passed).toBe(true);
});

test("backward wrong, forward right: 'backward inconsistent with your own forward', naming the gradient", () => {
  const v = grade(REG, L2, { ...regularization, ...mistake("l2-gradient-not-added") });
  expect(v.passed).toBe(false);
  expect(v.lines[0]).toMatch(
    /^backward inconsistent with your own forward: dW\d differs from finite differences of computeCostWithRegularization \(after the course's forwardPropagation\) \(relative difference \d\.\de-\d; at most 1\.0e-6\)$/,
  );
  expect(v.lines).toContain("your forward is right, so the mistake is in backwardPropagationWithRegularization");
  expect(v.lines.join("\n")).toMatch(/on the case's arguments: values differ in dW/);
  expect(v.diff).toMatchObject({ path: expect.stringMatching(/^dW\d$/), differing: expect.any(Number) });
  expect(v.diff?.expected).toBeDefined();
});

test("forward wrong, backward right: passes (the forward's mistake is charged to its own cases)", () => {
  for (const id of ["l2-without-1-over-m", "l2-without-half", "l2-without-cross-entropy"]) {
    expect(grade(REG, L2, { ...regularization, ...mistake(id) }).passed).toBe(true);
  }
  for (const id of ["dropout-u-greater-than-keep-prob", "dropout-on-output-layer", "dropout-without-keep-prob-scaling"]) {
    expect(grade(REG, DROPOUT, { ...regularization, ...mistake(id) }).passed).toBe(true);
  }
});

test("the same mistake in forward and backward: 'forward wrong' (value mismatch), and the backward agrees with it", () => {
  const v = grade(REG, DROPOUT, {
    ...regularization,
    ...mistake("dropout-without-keep-prob-scaling"),
    ...mistake("dropout-backward-without-keep-prob-scaling"),
  });
  expect(v.passed).toBe(false);
  expect(v.lines[0]).toBe(
    "forward wrong: forwardPropagationWithDropout (then the course's computeCost) gives a different value of J at these parameters (value mismatch)",
  );
  expect(v.lines).toContain(
    "backwardPropagationWithDropout agrees with finite differences of that forward, so the same mistake is likely in both: fix the forward, then the backward with it",
  );
});

test("forward wrong and backward wrong in another way: both are said", () => {
  const v = grade(REG, L2, { ...regularization, ...mistake("l2-without-half"), ...mistake("l2-gradient-not-added") });
  expect(v.passed).toBe(false);
  expect(v.lines[0]).toMatch(/^forward wrong: computeCostWithRegularization/);
  expect(v.lines.join("\n")).toMatch(/\nand backward inconsistent with your own forward: dW\d differs/);
});

test("a backward that matches its own forward's cache but not the course's: told to check what it reads from the cache", () => {
  // Stores A1 before the division by keepProb and divides in the backward instead: consistent with itself only.
  const forward = (X: never, p: never, keepProb: number, rng: never) => {
    const out = regularization.forwardPropagationWithDropout(X, p, keepProb, rng);
    return { A3: out.A3, cache: { ...out.cache, A1: out.cache.A1.map((r) => r.map((a) => a * keepProb)) } };
  };
  const backward = (X: never, Y: never, cache: { A1: number[][] }, keepProb: number) =>
    regularization.backwardPropagationWithDropout(X, Y, { ...cache, A1: cache.A1.map((r) => r.map((a) => a / keepProb)) } as never, keepProb);
  const v = grade(REG, DROPOUT, { ...regularization, forwardPropagationWithDropout: forward, backwardPropagationWithDropout: backward });
  expect(v.passed).toBe(false);
  expect(v.lines[0]).toBe(
    "backwardPropagationWithDropout agrees with finite differences of your own forward, but not with the course's gradients on the case's cache: check which entries of the cache it reads",
  );
});

test("a forward that throws: a right backward passes, a wrong one fails with 'forward wrong: … threw'", () => {
  const throwing = () => {
    throw new RangeError("boom");
  };
  expect(grade(REG, L2, { ...regularization, computeCostWithRegularization: throwing }).passed).toBe(true);
  const v = grade(REG, L2, { ...regularization, computeCostWithRegularization: throwing, ...mistake("l2-gradient-not-added") });
  expect(v.lines[0]).toBe("forward wrong: computeCostWithRegularization (after the course's forwardPropagation) threw RangeError: boom");
  expect(v.lines[1]).toBe("so backwardPropagationWithRegularization could not be checked against it");
});

test("a backward that throws is not caught: the call fails like any call", () => {
  const throwing = () => {
    throw new Error("not implemented");
  };
  const fixtureCase = caseOf(REG, L2);
  const args = fixtureCase.args.map((a) => decodeValue(a));
  expect(() =>
    probeConsistency({
      submitted: { ...regularization, backwardPropagationWithRegularization: throwing },
      fn: fixtureCase.function,
      args,
      options: { problem: "week1/regularization/l2" },
    }),
  ).toThrow("not implemented");
});

test("hidden cases say which, without numbers", () => {
  const v = grade(REG, "dropout-backward/consistency-other-net", { ...regularization, ...mistake("dropout-masks-not-reused") });
  expect(v.passed).toBe(false);
  expect(v.lines[0]).toMatch(/^backward inconsistent with your own forward: db?W?\d differs/);
  expect(v.lines.join("\n")).not.toMatch(/expected -?\d|received -?\d|max \|Δ\||finite differences -?\d/);
  expect(v.lines.join("\n")).toMatch(/\(hidden case: /);
  expect(v.diff).toBeDefined();
  expect(v.diff).not.toHaveProperty("expected");
});

test("gradient checking: a backward returning theta is inconsistent with J = θ·x", () => {
  const v = grade("week1/gradient-checking", "backward/consistency", { ...gradientChecking, backwardPropagation: (_x: number, theta: number) => theta });
  expect(v.lines[0]).toMatch(/^backward inconsistent with your own forward: dtheta differs from finite differences of forwardPropagation/);
});

test("at generation: the expected value is the forward's value and the backward's gradients; bad arguments are refused", () => {
  const fixtureCase = caseOf(REG, DROPOUT);
  const args = fixtureCase.args.map((a) => decodeValue(a));
  const expected = gradientConsistencyCheck.expected!({
    submitted: regularization,
    fn: fixtureCase.function,
    args,
    options: { problem: "week1/regularization/dropout", seed: 1 },
  }) as { value: number; gradients: Record<string, unknown> };
  expect(expected.value).toBeCloseTo(1.7032070382864366, 12);
  expect(Object.keys(expected.gradients)).toEqual(["dW1", "db1", "dW2", "db2", "dW3", "db3"]);
  expect(() =>
    gradientConsistencyCheck.expected!({
      submitted: regularization,
      fn: fixtureCase.function,
      args,
      options: { problem: "week1/regularization/dropout", seed: 2 },
    }),
  ).toThrow("gradient-consistency: the cache's masks are not those of checkOptions.seed 2 with keepProb 0.8");
  expect(() => gradientConsistencyCheck.probe({ submitted: regularization, fn: "x", args, options: { problem: "nope" } })).toThrow(
    'checkOptions.problem "nope" is not a known gradient problem',
  );
});
