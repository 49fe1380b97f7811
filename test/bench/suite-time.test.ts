import { SUITE_GOAL_S, suiteCounts, suiteOutcome } from "./suite-time";

const PASSED = "Test Suites: 154 passed, 154 total\nTests:       1957 passed, 1957 total\nSnapshots:   8 passed, 8 total\nTime:        208.838 s\n";
const FAILED = "Test Suites: 1 failed, 153 passed, 154 total\nTests:       2 failed, 1955 passed, 1957 total\n";

describe("the suite's figure", () => {
  test("jest's Tests: line gives the passed, failed and total counts", () => {
    expect(suiteCounts(PASSED)).toEqual({ passed: 1957, failed: 0, total: 1957 });
    expect(suiteCounts(FAILED)).toEqual({ passed: 1955, failed: 2, total: 1957 });
    expect(suiteCounts("Test Suites: 1 failed\nno summary")).toBeUndefined();
  });

  test("a green run is its wall time against the 60 s goal", () => {
    expect(SUITE_GOAL_S).toBe(60);
    expect(suiteOutcome(208.8, PASSED, 0)).toEqual({ name: "npm test", value: 208.8, unit: "s", goal: 60, detail: "1957 tests passed" });
    expect(suiteOutcome(42, PASSED, 0).value).toBe(42);
  });

  test("a run with a failed test, a non-zero exit or no summary misses the goal whatever its time, saying why", () => {
    expect(suiteOutcome(30, FAILED, 1)).toEqual({
      name: "npm test",
      value: Infinity,
      unit: "s",
      goal: 60,
      detail: "2 of 1957 tests failed (exit code 1) after 30.0 s",
    });
    expect(suiteOutcome(30, PASSED, 1).value).toBe(Infinity);
    expect(suiteOutcome(5, "Error: Cannot find module 'jest'", 1)).toMatchObject({ value: Infinity, detail: "no test summary (exit code 1) after 5.0 s" });
  });
});
