import { findFunction, findAssignment } from "../../../src/contracts";
import { encodeValue } from "../../../src/fixtures/encode";
import type { FixtureCase } from "../../../src/fixtures/types";
import { findCheck } from "../../../src/grading/checks/registry";
import { miniBatchesCheck } from "../../../src/grading/checks/mini-batches";
import { judgeReport } from "../../../src/grading/judge";
import { describeValue } from "../../../src/grading/describe";

const fn = findFunction(findAssignment("week2/optimization"), "randomMiniBatches")!;
const X = [[1, 2, 3, 4, 5]];
const Y = [[0, 1, 0, 1, 1]];
const batch = (cols: number[]) => ({ X: [cols.map((j) => X[0][j])], Y: [cols.map((j) => Y[0][j])] });
const EXPECTED = [batch([3, 0]), batch([4, 1]), batch([2])];

function fixtureCase(visibility: "public" | "hidden", mistakes: FixtureCase["mistakes"] = []): FixtureCase {
  return {
    id: "mini-batches/unit",
    function: "randomMiniBatches",
    description: "5 examples in batches of 2",
    points: 1,
    visibility,
    args: [encodeValue(X), encodeValue(Y), 2, 3],
    expected: encodeValue(EXPECTED),
    tolerance: { atol: 0, rtol: 0 },
    check: "mini-batches",
    mistakes,
  };
}

const judge = (c: FixtureCase, received: unknown, argsAfter: unknown[] = [X, Y, 2, 3]) =>
  judgeReport(
    miniBatchesCheck,
    c,
    fn,
    describeValue(received),
    argsAfter.map((a) => describeValue(a)),
  );

test("is registered under its name and probes like values (calls the function with the case's arguments)", () => {
  expect(findCheck("mini-batches")).toBe(miniBatchesCheck);
  const submitted = { randomMiniBatches: (...args: unknown[]) => [{ X: [[args.length]], Y: [[0]] }] };
  expect(miniBatchesCheck.probe({ submitted, fn: "randomMiniBatches", args: [X, Y, 2, 3], options: {} })).toEqual([{ X: [[4]], Y: [[0]] }]);
});

test("the right batches pass; changed inputs earn a note, not a loss (the sandbox's word could be forged)", () => {
  expect(judge(fixtureCase("public"), EXPECTED)).toEqual({ passed: true, stage: "ok", lines: ["ok"] });
  const verdict = judge(fixtureCase("public"), EXPECTED, [[[5, 4, 3, 2, 1]], Y, 2, 3]);
  expect(verdict).toMatchObject({ passed: true, stage: "ok" });
  expect(verdict.notes?.[0]).toMatch(/changed its input X/);
});

test("a wrong number of batches is told by batch sizes (public) or by count only (hidden), with the known mistake", () => {
  const dropped = EXPECTED.slice(0, 2);
  const mistakes = [{ id: "minibatches-last-dropped", message: "the last batch is missing", expected: encodeValue(dropped) }];
  expect(judge(fixtureCase("public", mistakes), dropped)).toEqual({
    passed: false,
    stage: "length",
    lines: ["returned 2 mini-batches (sizes 2, 2); expected 3 (sizes 2, 2, 1)", "likely: the last batch is missing"],
  });
  expect(judge(fixtureCase("hidden", mistakes), dropped).lines).toEqual([
    "returned 2 mini-batches, not the expected number (hidden case: 5 examples in batches of 2)",
    "likely: the last batch is missing",
  ]);
  expect(judge(fixtureCase("public"), []).lines).toEqual(["returned 0 mini-batches (sizes none); expected 3 (sizes 2, 2, 1)"]);
});

test("Python-style [X, Y] pairs get their own message", () => {
  const pairs = EXPECTED.map((b) => [b.X, b.Y]);
  const probed = miniBatchesCheck.probe({ submitted: { randomMiniBatches: () => pairs }, fn: "randomMiniBatches", args: [], options: {} });
  const verdict = judge(fixtureCase("public"), probed);
  expect(verdict.passed).toBe(false);
  expect(verdict.stage).toBe("type");
  expect(verdict.lines).toEqual(["each mini-batch is a pair [X, Y]: return objects { X, Y } (a Python tuple becomes a named object)"]);
});

test("the right number of batches with wrong values gets the usual staged message", () => {
  const swapped = [batch([0, 3]), batch([4, 1]), batch([2])];
  const verdict = judge(fixtureCase("public"), swapped);
  expect(verdict.stage).toBe("values");
  expect(verdict.lines[0]).toBe("values differ in [0].X");
  expect(verdict.lines.join("\n")).toMatch(/first at \[0, 0\]: expected 4, received 1\nalso wrong: \[0\]\.Y/);
  expect(verdict.diff).toMatchObject({ path: "[0].X", received: [[1, 4]], expected: [[4, 1]], differs: [[true, true]] });
  expect(judge(fixtureCase("public"), "batches").lines).toEqual(['expected a list of 3 items for the returned value, got a string ("batches")']);
});
