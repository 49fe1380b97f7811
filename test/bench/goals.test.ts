import { goalExitCode, goalTable, meetsGoal, type BenchOutcome } from "./goals";
import { BENCHMARKS } from "./benchmarks";
import { TRAINING_GOAL } from "./benchmark";

const outcome = (name: string, ratio: number, goal = 1): BenchOutcome => ({ name, ratio, goal, tsMs: ratio * 1000, numpyMs: 1000 });

describe("goals", () => {
  test("a ratio at the goal meets it; above it misses", () => {
    expect(meetsGoal(outcome("a", 1))).toBe(true);
    expect(meetsGoal(outcome("a", 0.5))).toBe(true);
    expect(meetsGoal(outcome("a", 1.01))).toBe(false);
  });

  test("exit code 0 when every ratio meets its goal, 1 when any misses", () => {
    expect(goalExitCode([outcome("a", 0.9), outcome("tensorflow", 45, 60)])).toBe(0);
    expect(goalExitCode([outcome("a", 0.9), outcome("b", 1.2)])).toBe(1);
    expect(goalExitCode([outcome("tensorflow", 61, 60)])).toBe(1);
  });

  test("the table lists every benchmark's ratio and goal, and names those that missed", () => {
    const table = goalTable([outcome("initialization", 0.84), outcome("regularization-dropout", 1.5)], 5).split("\n");
    expect(table[0]).toBe("median TS/numpy time ratio, 5 alternating runs each:");
    expect(table[2]).toMatch(/^initialization\s+0\.84×\s+≤ 1\.00\s+840\s+1000\s+ok$/);
    expect(table[3]).toMatch(/^regularization-dropout\s+1\.50×\s+≤ 1\.00\s+1500\s+1000\s+MISSED$/);
    expect(table[4]).toBe("1 of 2 missed their goal: regularization-dropout (1.50× > 1.00×)");
  });

  test("the table says so when every benchmark met its goal", () => {
    expect(
      goalTable([outcome("initialization", 0.84)], 3)
        .split("\n")
        .pop(),
    ).toBe("every benchmark met its goal");
  });

  test("every notebook run computed with src/np holds the training goal of 1.0×; TensorFlow.js has a goal of its own", () => {
    expect(TRAINING_GOAL).toBe(1);
    for (const b of BENCHMARKS.filter((x) => x.name !== "tensorflow")) expect([b.name, b.goal]).toEqual([b.name, TRAINING_GOAL]);
    const tensorflow = BENCHMARKS.find((b) => b.name === "tensorflow");
    expect(tensorflow && Number.isFinite(tensorflow.goal) && tensorflow.goal > 0).toBe(true);
  });
});
