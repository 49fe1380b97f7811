/**
 * The difference-verdict check on the real fixture cases, with probe results made here: a
 * difference near zero is graded by its verdict and its order of magnitude, a larger one by value;
 * printing is checked when the case passes printMsg.
 */
import * as reference from "../../../reference/week1/gradient-checking";
import { findAssignment, findFunction } from "../../../src/contracts";
import { decodeValue } from "../../../src/fixtures/encode";
import { loadCases } from "../../../src/fixtures/load";
import { differenceVerdictCheck } from "../../../src/grading/checks/difference-verdict";
import type { Verdict } from "../../../src/grading/checks/types";
import { judgeReport } from "../../../src/grading/judge";
import { describeValue } from "../../../src/grading/describe";

const ASSIGNMENT = findAssignment("week1/gradient-checking");
const cases = loadCases("week1/gradient-checking");

function judge(id: string, difference: unknown, printed: string[] = []): Verdict {
  const fixtureCase = cases.find((c) => c.id === id)!;
  const argsAfter = fixtureCase.args.map((a) => describeValue(decodeValue(a)));
  return judgeReport(differenceVerdictCheck, fixtureCase, findFunction(ASSIGNMENT, fixtureCase.function)!, describeValue({ difference, printed }), argsAfter);
}

const expectedOf = (id: string) => cases.find((c) => c.id === id)!.expected as number;

test("near zero: any difference within a factor √10 of the expected one passes, with the same verdict", () => {
  const e = expectedOf("check/course"); // 7.8e-11
  expect(judge("check/course", e).passed).toBe(true);
  expect(judge("check/course", e * 3).passed).toBe(true);
  expect(judge("check/course", e / 3).passed).toBe(true);
  const v = judge("check/course", e * 5);
  expect(v.passed).toBe(false);
  expect(v.lines[0]).toBe(
    "the difference is not of the expected order of magnitude (0.7 orders of magnitude too large): expected about 7.81408e-11, received 3.90704e-10",
  );
});

test("near zero: a tiny number is not enough (no absolute tolerance), nor is exactly 0", () => {
  expect(judge("check/course", 1e-20).lines[0]).toMatch(/9\.9 orders of magnitude too small/);
  expect(judge("check/course", 0).passed).toBe(false);
});

test("the verdict must match: a difference above 2e-7 where the expected one is below fails with both messages", () => {
  const v = judge("check-n/corrected", 3e-7);
  expect(v.stage).toBe("verdict");
  expect(v.lines[0]).toBe(
    'the verdict is wrong: difference = 3e-7 says "There is a mistake in the backward propagation!", but the expected difference 1.18909e-7 says "Your backward propagation works perfectly fine!" (threshold 2.0e-7)',
  );
  expect(judge("check-n/course", 1e-9).stage).toBe("verdict");
});

test("above the threshold the value is graded with the case's tolerance, and a known mistake is named", () => {
  const e = expectedOf("check-n/course");
  expect(judge("check-n/course", e * (1 + 1e-8)).passed).toBe(true);
  const v = judge("check-n/course", 0.4877828956948002);
  expect(v.stage).toBe("values");
  expect(v.lines).toContain("likely: the denominator is ‖grad‖ alone: it is ‖grad‖ + ‖gradapprox‖");
});

test("a difference that is not one number fails at the type stage (a 1×1 matrix counts as a number, as everywhere)", () => {
  expect(judge("check/course", [[7.8e-11]]).passed).toBe(true);
  expect(judge("check/course", [7.8e-11, 1]).lines[0]).toBe("expected a number for the returned value, got a 1-D array of length 2");
  expect(judge("check/course", "7.8e-11").stage).toBe("type");
  expect(judge("check/course", NaN).stage).toBe("finite");
});

test("hidden cases give a direction, never the numbers", () => {
  const v = judge("check/other-values", expectedOf("check/other-values") / 8);
  expect(v.lines[0]).toMatch(
    /^the difference does not have the expected order of magnitude \(0\.9 orders of magnitude too small\) \(hidden case: x = 1\.3, theta = 10\)$/,
  );
  expect(judge("check-n/larger-epsilon", 1e-3).lines[0]).toMatch(
    /^the difference lands on the wrong side of 2\.0e-7: it says "There is a mistake in the backward propagation!" \(hidden case/,
  );
});

test("printMsg true: exactly the course's message for the returned difference, colours optional, JS or Python number text", () => {
  const e = expectedOf("check/prints");
  expect(judge("check/prints", e, [`\x1b[92mYour backward propagation works perfectly fine! difference = ${e}\x1b[0m`]).passed).toBe(true);
  expect(judge("check/prints", e, [`Your backward propagation works perfectly fine! difference = ${e}`]).passed).toBe(true);
  const n = expectedOf("check-n/prints");
  expect(judge("check-n/prints", n, ["debug line", `There is a mistake in the backward propagation! difference = ${n}`]).passed).toBe(true);
  expect(judge("check/prints", e, []).lines[0]).toBe(
    `printMsg is true, but gradientCheck printed no message: expected "Your backward propagation works perfectly fine! difference = ${e}"`,
  );
  expect(judge("check/prints", e, [`There is a mistake in the backward propagation! difference = ${e}`]).lines[0]).toMatch(
    /printed "There is a mistake in the backward propagation!" for its difference 7\.814075313343006e-11, which is not above 2e-7/,
  );
  expect(judge("check/prints", e, [`Your backward propagation works perfectly fine! difference = 0.5`]).lines[0]).toBe(
    "gradientCheck printed difference = 0.5 but returned 7.814075313343006e-11: print the difference it returns",
  );
  expect(judge("check/prints", e, ["Your backward propagation works perfectly fine!"]).lines[0]).toMatch(
    /^gradientCheck printed "Your backward propagation works perfectly fine!"; expected exactly/,
  );
  const twice = `Your backward propagation works perfectly fine! difference = ${e}`;
  expect(judge("check/prints", e, [twice, twice]).lines[0]).toMatch(/printed 2 messages; expected one/);
});

test("printMsg false: printing the message fails", () => {
  const e = expectedOf("check/course");
  expect(judge("check/course", e, [`Your backward propagation works perfectly fine! difference = ${e}`]).lines[0]).toMatch(
    /^printMsg is false, yet gradientCheck printed/,
  );
  expect(judge("check/course", e, ["some debugging output"]).passed).toBe(true);
});

test("the probe captures console.log and process.stdout.write during the call, and restores them", () => {
  const log = console.log;
  const write = process.stdout.write;
  const fixtureCase = cases.find((c) => c.id === "check-n/prints")!;
  const args = fixtureCase.args.map((a) => decodeValue(a));
  const probed = differenceVerdictCheck.probe({ submitted: reference, fn: "gradientCheckN", args, options: {} }) as { difference: number; printed: string[] };
  expect(probed.printed).toEqual([`\x1b[93mThere is a mistake in the backward propagation! difference = ${probed.difference}\x1b[0m`]);
  const viaStdout = differenceVerdictCheck.probe({ submitted: { f: () => (process.stdout.write("a\nb\n"), 1) }, fn: "f", args: [], options: {} });
  expect(viaStdout).toEqual({ difference: 1, printed: ["a", "b"] });
  expect(() =>
    differenceVerdictCheck.probe({
      submitted: {
        f: () => {
          throw new Error("x");
        },
      },
      fn: "f",
      args: [],
      options: {},
    }),
  ).toThrow("x");
  expect(console.log).toBe(log);
  expect(process.stdout.write).toBe(write);
});
