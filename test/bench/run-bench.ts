/**
 * `npm run bench`: each notebook training in TypeScript (src/course + src/np) against the same
 * computation in numpy, alternating runs after one untimed warm-up of each, printing the median
 * times, the median TS/numpy ratio and both last log lines (they should agree to the last digits);
 * then the grading latency through the built bin (`grading-latency.ts`); with `--suite`, one timed
 * run of the test suite (`suite-time.ts`); then one table of every figure against its goal. Exit
 * code 0 when every figure meets its goal, 1 when one misses it, 2 when the bench cannot run (no
 * python3 with numpy, no build, a command that fails, a bad option).
 *
 * TS times the training in this process; Python times its training loop inside its script. The
 * OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE variables that slow numpy on some machines are removed
 * from Python's environment.
 *
 * Usage: npm run bench [-- --runs 5] [-- --only initialization|grading] [-- --suite] [-- --help]
 * Environment: PYTHON (default python3). A bad option or value is one line and exit code 2, before
 * anything runs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readBenchOptions } from "./bench-options";
import type { Benchmark } from "./benchmark";
import { BENCHMARKS } from "./benchmarks";
import { goalExitCode, goalTable, type BenchOutcome } from "./goals";
import { gradingCommands, LatencyStop, staleBuild, timeCommands, withNpxOverhead } from "./grading-latency";
import { median } from "./median";
import { benchPython, checkPython } from "./python-check";
import { SUITE_GOAL_S, timeSuite } from "./suite-time";

/** A problem that stops the bench before or between benchmarks: one line, exit code 2. */
class BenchStop extends Error {}

/** The checkout the bench times. */
const ROOT = path.join(__dirname, "..", "..");

const pythonEnv = { ...process.env };
delete pythonEnv.OPENBLAS_CORETYPE;
delete pythonEnv.OPENBLAS_L2_SIZE;

function runPython(python: string, script: string, inputPath: string): { seconds: number; lines: string[] } {
  const result = spawnSync(python, [path.join(__dirname, script), inputPath], { env: pythonEnv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : (result.stderr.trim().split("\n").pop() ?? `exit code ${result.status}`);
    throw new BenchStop(`${script} failed: ${why}`);
  }
  return JSON.parse(result.stdout) as { seconds: number; lines: string[] };
}

function main(): number {
  const commandLine = readBenchOptions(
    process.argv.slice(2),
    BENCHMARKS.map((b) => b.name),
  );
  if (!commandLine.ok) {
    if (commandLine.exitCode === 0) console.log(commandLine.text);
    else console.error(`bench: ${commandLine.text}`);
    return commandLine.exitCode;
  }
  const { runs, names, grading, suite } = commandLine.options;
  const chosen = BENCHMARKS.filter((b) => names.includes(b.name));
  // Checked before anything is timed, so that a missing build does not end the bench minutes later.
  const stale = grading ? staleBuild(ROOT) : undefined;
  if (stale) throw new BenchStop(stale);

  const outcomes: BenchOutcome[] = [];
  if (chosen.length > 0) outcomes.push(...timeTrainings(chosen, runs));
  if (grading) outcomes.push(...timeGrading(runs));
  if (suite) {
    console.log(`\nthe test suite: one run of npm test (goal ≤ ${SUITE_GOAL_S} s)`);
    const outcome = timeSuite(ROOT);
    console.log(`  ${outcome.detail}`);
    outcomes.push(outcome);
  }
  console.log(`\n${goalTable(outcomes, runs)}`);
  return goalExitCode(outcomes);
}

/** Times each grading command in rounds (`grading-latency.ts`), printing every run. */
function timeGrading(runs: number): BenchOutcome[] {
  console.log(`\ngrading latency: the answer key through dist/cli/bin.js, ${runs} rounds of every command in turn (${os.availableParallelism()} cores)`);
  try {
    const outcomes = timeCommands(gradingCommands(ROOT), runs, ROOT, (command, round, time) => {
      const cpu = time.cpuMs === undefined ? "" : `, CPU ${time.cpuMs.toFixed(0)} ms`;
      console.log(`  round ${round}/${runs}: ${command.name} ${time.wallMs.toFixed(0)} ms${cpu}`);
    });
    return withNpxOverhead(outcomes);
  } catch (error) {
    if (error instanceof LatencyStop) throw new BenchStop(error.message);
    throw error;
  }
}

/** Times each training against numpy (needs a Python with numpy), printing every run and both last log lines. */
function timeTrainings(chosen: readonly Benchmark[], runs: number): BenchOutcome[] {
  const python = checkPython(benchPython(), pythonEnv);
  if (!python.ok) throw new BenchStop(python.message);
  console.log(`numpy ${python.numpy} from ${python.python} (set PYTHON=/path/to/python3 to use another)`);

  const outcomes: BenchOutcome[] = [];
  for (const benchmark of chosen) {
    console.log(`\n${benchmark.name}: ${benchmark.title}`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-bench-"));
    try {
      const { pythonInput, runTs } = benchmark.prepare();
      const inputPath = path.join(tmp, "input.json");
      fs.writeFileSync(inputPath, JSON.stringify(pythonInput));
      const timeTs = () => {
        const start = performance.now();
        const run = runTs();
        return { ms: performance.now() - start, lines: run.lines };
      };
      timeTs();
      runPython(python.python, benchmark.pythonScript, inputPath);
      const tsTimes: number[] = [];
      const pyTimes: number[] = [];
      const ratios: number[] = [];
      let lastTs: string[] = [];
      let lastPy: string[] = [];
      for (let r = 0; r < runs; r++) {
        const ts = timeTs();
        const py = runPython(python.python, benchmark.pythonScript, inputPath);
        tsTimes.push(ts.ms);
        pyTimes.push(py.seconds * 1000);
        ratios.push(ts.ms / (py.seconds * 1000));
        lastTs = ts.lines;
        lastPy = py.lines;
        console.log(`  run ${r + 1}/${runs}: TS ${ts.ms.toFixed(0)} ms, numpy ${(py.seconds * 1000).toFixed(0)} ms, ratio ${ratios[r].toFixed(2)}`);
      }
      const tsMs = median(tsTimes);
      const numpyMs = median(pyTimes);
      const outcome: BenchOutcome = {
        name: benchmark.name,
        value: median(ratios),
        unit: "×",
        goal: benchmark.goal,
        detail: `TS ${tsMs.toFixed(0)} ms, numpy ${numpyMs.toFixed(0)} ms`,
      };
      outcomes.push(outcome);
      console.log(
        `  median TS ${tsMs.toFixed(0)} ms · median numpy ${numpyMs.toFixed(0)} ms · median ratio ${outcome.value.toFixed(2)} (goal ≤ ${benchmark.goal})`,
      );
      console.log(`  last line  TS:    ${lastTs[lastTs.length - 1] ?? "(none)"}`);
      console.log(`             numpy: ${lastPy[lastPy.length - 1] ?? "(none)"}`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return outcomes;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof BenchStop)) throw error;
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
}
