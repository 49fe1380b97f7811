/**
 * The grading latency `npm run bench` measures: the package's bin (`dist/cli/bin.js`, what
 * `node_modules/.bin/dnn-autograder` and `npx dnn-autograder` run) as a student or CI starts it,
 * one process per command, on the answer key (`reference/`, which must score every point):
 * - `start-up`: `--version` (Node's start and the bin's, reported);
 * - `grade <assignment>` for each assignment (goal ≤ `ASSIGNMENT_GOAL_MS`);
 * - `grade (all six)`: the whole submission (goal ≤ `SUBMISSION_GOAL_MS`);
 * - `npx overhead`: `npx --no-install dnn-autograder --version` less `start-up` (npx's own cost, reported).
 * Each command runs once untimed (the page cache), then `runs` times, every command in turn, so that
 * a machine whose speed drifts slows them all alike. The median wall time is the figure; the median
 * CPU time of the command and all its children (the sandboxes included) is its detail.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../src/contracts";
import { childrenCpuSeconds } from "./children-cpu";
import type { BenchOutcome } from "./goals";
import { median } from "./median";
import { lastLine } from "./last-line";

/** Wall-time goal of grading one assignment through the bin, ms. */
export const ASSIGNMENT_GOAL_MS = 500;
/** Wall-time goal of grading a whole submission (every assignment) through the bin, ms. */
export const SUBMISSION_GOAL_MS = 1500;

/** A command the latency bench times: a program and its arguments, run from the checkout. */
export interface TimedCommand {
  /** The figure's name, e.g. `grade week1/initialization`. */
  name: string;
  file: string;
  args: readonly string[];
  /** Its goal, ms; undefined when it is reported only. */
  goalMs?: number;
  /** What its output must show for the run to count, e.g. `/^Total (\d+)\/\1$/m`; any exit code but 0 fails it. */
  expect?: RegExp;
}

/** One run of a timed command: its wall time and the CPU time of it and its children, ms (CPU undefined where /proc cannot tell). */
export interface CommandTime {
  wallMs: number;
  cpuMs?: number;
}

/** A command that failed or printed something other than it should: the bench stops with this one line. */
export class LatencyStop extends Error {}

/** Runs `command` once from `cwd`; its times, or a `LatencyStop` naming it when it fails or its output does not match. */
export function timeCommand(command: TimedCommand, cwd: string, env: NodeJS.ProcessEnv = process.env): CommandTime {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(command.file, command.args as string[], { cwd, env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuSeconds();
  const shown = `${path.basename(command.file)} ${command.args.join(" ")}`;
  if (result.error) throw new LatencyStop(`${shown} could not be run: ${result.error.message}`);
  if (result.status !== 0) {
    const why = lastLine(result.stderr) || lastLine(result.stdout) || `signal ${result.signal}`;
    throw new LatencyStop(`${shown} exited with ${result.status ?? result.signal}: ${why}`);
  }
  if (command.expect && !command.expect.test(result.stdout)) {
    throw new LatencyStop(`${shown} printed no line matching ${command.expect}; its last line: ${lastLine(result.stdout) || "(none)"}`);
  }
  return { wallMs, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) * 1000 };
}

/**
 * Times `commands` (each once untimed, then `runs` rounds of all of them in turn) and returns each
 * one's median wall time as a figure against its goal, its median CPU time as the detail. `onRun`
 * hears of every timed run.
 */
export function timeCommands(
  commands: readonly TimedCommand[],
  runs: number,
  cwd: string,
  onRun: (command: TimedCommand, round: number, time: CommandTime) => void = () => undefined,
): BenchOutcome[] {
  for (const command of commands) timeCommand(command, cwd);
  const times = commands.map((): CommandTime[] => []);
  for (let round = 1; round <= runs; round++) {
    commands.forEach((command, i) => {
      const time = timeCommand(command, cwd);
      times[i].push(time);
      onRun(command, round, time);
    });
  }
  return commands.map((command, i) => {
    const cpu = times[i].map((t) => t.cpuMs).filter((ms): ms is number => ms !== undefined);
    return {
      name: command.name,
      value: median(times[i].map((t) => t.wallMs)),
      unit: "ms",
      ...(command.goalMs === undefined ? {} : { goal: command.goalMs }),
      detail: cpu.length === times[i].length ? `CPU ${median(cpu).toFixed(0)} ms` : "",
    };
  });
}

/** Every score line of a grading that got every point: `Total 100/100`. */
const FULL_MARKS = /^Total (\d+)\/\1$/m;

/**
 * The commands of the latency bench for the checkout at `root`, through its built bin: start-up,
 * each assignment of the answer key, all of them, and `npx`'s start-up.
 */
export function gradingCommands(root: string): TimedCommand[] {
  const bin = path.join(root, "dist", "cli", "bin.js");
  return [
    { name: "start-up", file: bin, args: ["--version"] },
    ...ASSIGNMENTS.map((a) => ({
      name: `grade ${a.name}`,
      file: bin,
      args: ["grade", "reference", "-a", a.name],
      goalMs: ASSIGNMENT_GOAL_MS,
      expect: FULL_MARKS,
    })),
    { name: `grade (all ${ASSIGNMENTS.length})`, file: bin, args: ["grade", "reference"], goalMs: SUBMISSION_GOAL_MS, expect: FULL_MARKS },
    { name: "npx start-up", file: "npx", args: ["--no-install", "dnn-autograder", "--version"] },
  ];
}

/**
 * The figures of the latency bench from `timeCommands` over `gradingCommands`: every command's, with
 * `npx start-up` replaced by npx's own overhead (its median less the bin's `start-up`).
 */
export function withNpxOverhead(outcomes: readonly BenchOutcome[]): BenchOutcome[] {
  const startUp = outcomes.find((o) => o.name === "start-up");
  return outcomes.map((o) =>
    o.name === "npx start-up" && startUp
      ? { name: "npx overhead", value: o.value - startUp.value, unit: "ms", detail: `npx dnn-autograder --version ${o.value.toFixed(0)} ms` }
      : o,
  );
}

/** The newest modification time of a file under `dir`, ms (0 for none). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Why the built bin of the checkout at `root` cannot be timed (missing, or older than a file of
 * `src/`: it would time old code), as one line saying to build; undefined when it can.
 */
export function staleBuild(root: string): string | undefined {
  const bin = path.join(root, "dist", "cli", "bin.js");
  if (!fs.existsSync(bin)) return `dist/cli/bin.js is missing: run npm run build first (the grading latency is timed through the built bin)`;
  if (newestMtime(path.join(root, "src")) > fs.statSync(bin).mtimeMs) {
    return `dist/ is older than src/: run npm run build first (the grading latency is timed through the built bin)`;
  }
  return undefined;
}
