import { formatFigure, goalExitCode, goalTable, meetsGoal, type BenchOutcome } from "./goals";
import { BENCHMARKS } from "./benchmarks";
import { TRAINING_GOAL } from "./benchmark";

const ratio = (name: string, value: number, goal = 1): BenchOutcome => ({
  name,
  value,
  unit: "×",
  goal,
  detail: `TS ${(value * 1000).toFixed(0)} ms, numpy 1000 ms`,
});
const latency = (name: string, value: number, goal?: number): BenchOutcome => ({
  name,
  value,
  unit: "ms",
  ...(goal === undefined ? {} : { goal }),
  detail: "CPU 900 ms",
});

describe("goals", () => {
  test("a figure at its goal meets it; above it misses; one without a goal is only reported", () => {
    expect(meetsGoal(ratio("a", 1))).toBe(true);
    expect(meetsGoal(ratio("a", 0.5))).toBe(true);
    expect(meetsGoal(ratio("a", 1.01))).toBe(false);
    expect(meetsGoal(latency("grade", 500, 500))).toBe(true);
    expect(meetsGoal(latency("grade", 501, 500))).toBe(false);
    expect(meetsGoal(latency("start-up", 10_000))).toBe(true);
  });

  test("a figure that could not be measured (not finite) misses its goal and reads as failed", () => {
    const failed: BenchOutcome = { name: "npm test", value: Infinity, unit: "s", goal: 60, detail: "2 of 10 tests failed" };
    expect(meetsGoal(failed)).toBe(false);
    expect(formatFigure(Infinity, "s")).toBe("failed");
    expect(goalTable([failed], 1).split("\n")[2]).toMatch(/^npm test\s+failed\s+≤ 60\.0 s\s+MISSED\s+2 of 10 tests failed$/);
  });

  test("figures are written in their units", () => {
    expect(formatFigure(0.844, "×")).toBe("0.84×");
    expect(formatFigure(612.4, "ms")).toBe("612 ms");
    expect(formatFigure(208.84, "s")).toBe("208.8 s");
  });

  test("exit code 0 when every figure meets its goal, 1 when any misses", () => {
    expect(goalExitCode([ratio("a", 0.9), ratio("tensorflow", 45, 60), latency("start-up", 5000)])).toBe(0);
    expect(goalExitCode([ratio("a", 0.9), ratio("b", 1.2)])).toBe(1);
    expect(goalExitCode([ratio("tensorflow", 61, 60)])).toBe(1);
    expect(goalExitCode([latency("grade week3/tensorflow", 640, 500)])).toBe(1);
  });

  test("the table lists every figure's median, goal, verdict and detail, and names those that missed", () => {
    const table = goalTable(
      [ratio("initialization", 0.84), ratio("regularization-dropout", 1.5), latency("grade week3/tensorflow", 640, 500), latency("npx overhead", 1200)],
      5,
    ).split("\n");
    expect(table[0]).toBe("medians of 5 timed runs each (a training's figure: its TS/numpy time ratio):");
    expect(table[1]).toMatch(/^figure\s+median\s+goal\s+verdict\s+detail$/);
    expect(table[2]).toMatch(/^initialization\s+0\.84×\s+≤ 1\.00×\s+ok\s+TS 840 ms, numpy 1000 ms$/);
    expect(table[3]).toMatch(/^regularization-dropout\s+1\.50×\s+≤ 1\.00×\s+MISSED\s+TS 1500 ms, numpy 1000 ms$/);
    expect(table[4]).toMatch(/^grade week3\/tensorflow\s+640 ms\s+≤ 500 ms\s+MISSED\s+CPU 900 ms$/);
    expect(table[5]).toMatch(/^npx overhead\s+1200 ms\s+—\s+reported\s+CPU 900 ms$/);
    expect(table[6]).toBe("2 of 3 missed their goal: regularization-dropout (1.50× > 1.00×), grade week3/tensorflow (640 ms > 500 ms)");
  });

  test("the table says so when every figure met its goal", () => {
    expect(
      goalTable([ratio("initialization", 0.84), latency("start-up", 150)], 3)
        .split("\n")
        .pop(),
    ).toBe("every figure met its goal");
  });

  test("every notebook run computed with src/np holds the training goal of 1.0×; TensorFlow.js has a goal of its own", () => {
    expect(TRAINING_GOAL).toBe(1);
    for (const b of BENCHMARKS.filter((x) => x.name !== "tensorflow")) expect([b.name, b.goal]).toEqual([b.name, TRAINING_GOAL]);
    const tensorflow = BENCHMARKS.find((b) => b.name === "tensorflow");
    expect(tensorflow && Number.isFinite(tensorflow.goal) && tensorflow.goal > 0).toBe(true);
  });
});
