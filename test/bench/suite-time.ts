/**
 * The test suite's time, for `npm run bench -- --suite`: one run of `npm test` (jest, every test file,
 * `--ci`) from the checkout, timed from start to exit, against `SUITE_GOAL_S`. A suite that fails is a
 * missed figure whatever its time; its detail says how many tests failed.
 */
import { spawnSync } from "node:child_process";
import type { BenchOutcome } from "./goals";

/** Wall-time goal of `npm test`, seconds. */
export const SUITE_GOAL_S = 60;

/** What jest's summary says of the tests: `Tests: 2 failed, 1955 passed, 1957 total`. */
export interface SuiteCounts {
  passed: number;
  failed: number;
  total: number;
}

/** The counts in jest's `Tests:` summary line of `output`; undefined when it has none. */
export function suiteCounts(output: string): SuiteCounts | undefined {
  const line = /^Tests:\s+(.*)$/m.exec(output)?.[1];
  if (line === undefined) return undefined;
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  const total = count("total");
  return total > 0 ? { passed: count("passed"), failed: count("failed"), total } : undefined;
}

/** The suite's figure: `seconds` against the goal, or, with `seconds` infinite, a run that missed it whatever its time. */
function suiteFigure(seconds: number, detail: string): BenchOutcome {
  return { name: "npm test", value: seconds, unit: "s", goal: SUITE_GOAL_S, detail };
}

/**
 * The figure of one suite run from its wall time and output: the time against the goal, or, when a
 * test failed or no summary was printed, a figure that misses the goal (its value is then infinite).
 */
export function suiteOutcome(seconds: number, output: string, exitCode: number | null): BenchOutcome {
  const counts = suiteCounts(output);
  if (!counts) return suiteFigure(Infinity, `no test summary (exit code ${exitCode}) after ${seconds.toFixed(1)} s`);
  if (counts.failed > 0 || exitCode !== 0) {
    return suiteFigure(Infinity, `${counts.failed} of ${counts.total} tests failed (exit code ${exitCode}) after ${seconds.toFixed(1)} s`);
  }
  return suiteFigure(seconds, `${counts.passed} tests passed`);
}

/** Runs `npm test -- --ci` once in `root` (its output kept, not shown) and returns its figure. */
export function timeSuite(root: string): BenchOutcome {
  const started = performance.now();
  const result = spawnSync("npm", ["test", "--", "--ci"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) return suiteFigure(Infinity, `could not be run: ${result.error.message}`);
  return suiteOutcome(seconds, `${result.stdout}\n${result.stderr}`, result.status);
}
