import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../src/contracts";
import {
  ASSIGNMENT_GOAL_MS,
  gradingCommands,
  LatencyStop,
  staleBuild,
  SUBMISSION_GOAL_MS,
  timeCommand,
  timeCommands,
  withNpxOverhead,
  type TimedCommand,
} from "./grading-latency";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-bench-latency-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A Node one-liner as a timed command. */
const node = (name: string, code: string, extra: Partial<TimedCommand> = {}): TimedCommand => ({ name, file: process.execPath, args: ["-e", code], ...extra });

describe("timeCommand", () => {
  test("times a command that succeeds: its wall time, and its CPU time where /proc tells it", () => {
    const time = timeCommand(node("busy", "const t = Date.now(); while (Date.now() - t < 60);"), dir);
    expect(time.wallMs).toBeGreaterThanOrEqual(60);
    if (time.cpuMs !== undefined) expect(time.cpuMs).toBeGreaterThan(0);
  });

  test("a command that fails stops the bench with one line naming it, its exit code and its last error line", () => {
    const failing = node("fails", 'console.error("first"); console.error("reference/week1 is missing"); process.exit(3)');
    expect(() => timeCommand(failing, dir)).toThrow(LatencyStop);
    expect(() => timeCommand(failing, dir)).toThrow(/^node -e .* exited with 3: reference\/week1 is missing$/);
  });

  test("a command whose output does not show what it must (a grade short of full marks) stops the bench", () => {
    const short = node("short", 'console.log("Total 90/100")', { expect: /^Total (\d+)\/\1$/m });
    expect(() => timeCommand(short, dir)).toThrow(/printed no line matching .*; its last line: Total 90\/100$/);
    expect(timeCommand(node("full", 'console.log("Total 100/100")', { expect: /^Total (\d+)\/\1$/m }), dir).wallMs).toBeGreaterThan(0);
  });
});

describe("timeCommands", () => {
  test("runs every command once untimed, then in rounds; each figure is the median wall time against the command's goal", () => {
    const log = path.join(dir, "runs.log");
    const append = (tag: string) => `require("fs").appendFileSync(${JSON.stringify(log)}, "${tag}")`;
    const heard: string[] = [];
    const outcomes = timeCommands([node("a", append("a"), { goalMs: 60_000 }), node("b", append("b"))], 3, dir, (command, round) =>
      heard.push(`${command.name}${round}`),
    );
    expect(fs.readFileSync(log, "utf8")).toBe("ab" + "ab".repeat(3));
    expect(heard).toEqual(["a1", "b1", "a2", "b2", "a3", "b3"]);
    expect(outcomes.map((o) => [o.name, o.unit, o.goal])).toEqual([
      ["a", "ms", 60_000],
      ["b", "ms", undefined],
    ]);
    for (const o of outcomes) {
      expect(o.value).toBeGreaterThan(0);
      if (fs.existsSync("/proc/self/stat")) expect(o.detail).toMatch(/^CPU \d+ ms$/);
    }
  });
});

describe("the grading commands", () => {
  const commands = gradingCommands("/checkout");

  test("start-up, each assignment of the answer key (goal 0.5 s), all of them (goal 1.5 s) and npx, through the built bin", () => {
    expect(commands.map((c) => c.name)).toEqual([
      "start-up",
      ...ASSIGNMENTS.map((a) => `grade ${a.name}`),
      `grade (all ${ASSIGNMENTS.length})`,
      "npx start-up",
    ]);
    expect(ASSIGNMENT_GOAL_MS).toBe(500);
    expect(SUBMISSION_GOAL_MS).toBe(1500);
    const grades = commands.filter((c) => c.name.startsWith("grade "));
    for (const c of grades) expect(c.file).toBe(path.join("/checkout", "dist", "cli", "bin.js"));
    expect(grades.map((c) => c.goalMs)).toEqual([...ASSIGNMENTS.map(() => ASSIGNMENT_GOAL_MS), SUBMISSION_GOAL_MS]);
    expect(grades[0].args).toEqual(["grade", "reference", "-a", ASSIGNMENTS[0].name]);
    expect(grades[grades.length - 1].args).toEqual(["grade", "reference"]);
    expect(commands[commands.length - 1]).toMatchObject({ file: "npx", args: ["--no-install", "dnn-autograder", "--version"] });
  });

  test("a grade counts only with every point", () => {
    const expectation = commands[1].expect!;
    expect(expectation.test("…\nTotal 38/38\nIsolation: strict")).toBe(true);
    expect(expectation.test("…\nTotal 30/38\n")).toBe(false);
    expect(expectation.test("…\nTotal 38/380\n")).toBe(false);
  });

  test("npx's figure is its own overhead: its start-up less the bin's, reported without a goal", () => {
    const figures = withNpxOverhead([
      { name: "start-up", value: 150, unit: "ms", detail: "" },
      { name: "grade (all 6)", value: 1100, unit: "ms", goal: 1500, detail: "" },
      { name: "npx start-up", value: 1350, unit: "ms", detail: "" },
    ]);
    expect(figures[2]).toEqual({ name: "npx overhead", value: 1200, unit: "ms", detail: "npx dnn-autograder --version 1350 ms" });
    expect(figures.slice(0, 2).map((f) => f.name)).toEqual(["start-up", "grade (all 6)"]);
  });
});

describe("staleBuild", () => {
  test("a missing build, or one older than a file of src/, is one line saying to build; a fresh one is fine", () => {
    const root = path.join(dir, "checkout");
    fs.mkdirSync(path.join(root, "src", "np"), { recursive: true });
    fs.writeFileSync(path.join(root, "src", "np", "kernels.ts"), "");
    expect(staleBuild(root)).toBe("dist/cli/bin.js is missing: run npm run build first (the grading latency is timed through the built bin)");
    fs.mkdirSync(path.join(root, "dist", "cli"), { recursive: true });
    fs.writeFileSync(path.join(root, "dist", "cli", "bin.js"), "");
    const built = Date.now() / 1000;
    fs.utimesSync(path.join(root, "src", "np", "kernels.ts"), built - 60, built - 60);
    fs.utimesSync(path.join(root, "dist", "cli", "bin.js"), built, built);
    expect(staleBuild(root)).toBeUndefined();
    fs.utimesSync(path.join(root, "src", "np", "kernels.ts"), built + 60, built + 60);
    expect(staleBuild(root)).toBe("dist/ is older than src/: run npm run build first (the grading latency is timed through the built bin)");
  });
});
