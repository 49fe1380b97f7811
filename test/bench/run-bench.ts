/**
 * `npm run bench`: the Initialization notebook's training (He initialization, 15,000 iterations of
 * the [2, 10, 5, 1] net on the 300 circles) in TypeScript (src/course + src/np) against numpy
 * (initialization_numpy.py, the course code verbatim), alternating runs, and prints median times,
 * the median TS/numpy ratio and both final costs.
 *
 * Both sides start from the same numbers: the training set and numpy's He parameters (seed 3) from
 * test/data (written by initialization-training.py), handed to Python through a temporary JSON file.
 * TS times `model()` in this process; Python times its training loop inside the script. The
 * OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE variables that slow numpy on this machine are removed from
 * Python's environment.
 *
 * Usage: node src/loader/run.js test/bench/run-bench.ts [--runs 5] [--iterations 15000]
 * Environment: PYTHON (default python3).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { model } from "../../src/course/week1/initialization";
import type { Params } from "../../src/course/types";
import type { Matrix } from "../../src/np";

interface PythonResult {
  seconds: number;
  costs: number[];
  lines: string[];
  finalCost: number;
  finalParameters: Params;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} expects a positive integer`);
  return value;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function maxAbsDifference(a: Params, b: Params): number {
  let max = 0;
  for (const key of Object.keys(a)) {
    a[key].forEach((row, i) => row.forEach((v, j) => (max = Math.max(max, Math.abs(v - b[key][i][j])))));
  }
  return max;
}

const runs = option("runs", 5);
const numIterations = option("iterations", 15000);
const dataDir = path.join(__dirname, "..", "data");
const circles = JSON.parse(fs.readFileSync(path.join(dataDir, "circles-train.json"), "utf8")) as { X: Matrix; Y: Matrix };
const { initialParameters } = JSON.parse(
  fs.readFileSync(path.join(dataDir, "initialization-training.json"), "utf8"),
) as { initialParameters: Params };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-bench-"));
const inputPath = path.join(tmp, "input.json");
fs.writeFileSync(inputPath, JSON.stringify({ X: circles.X, Y: circles.Y, initialParameters }));
const pythonEnv = { ...process.env };
delete pythonEnv.OPENBLAS_CORETYPE;
delete pythonEnv.OPENBLAS_L2_SIZE;

function runPython(): PythonResult {
  const script = path.join(__dirname, "initialization_numpy.py");
  const result = spawnSync(process.env.PYTHON ?? "python3", [script, inputPath, String(numIterations)], {
    env: pythonEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`python failed (${result.status}): ${result.stderr || result.error}`);
  return JSON.parse(result.stdout) as PythonResult;
}

function runTs(): { seconds: number; lines: string[]; parameters: Params } {
  const lines: string[] = [];
  const start = performance.now();
  const { parameters } = model(circles.X, circles.Y, {
    initialization: () => initialParameters,
    numIterations,
    log: (line) => lines.push(line),
  });
  return { seconds: (performance.now() - start) / 1000, lines, parameters };
}

try {
  const tsTimes: number[] = [];
  const pyTimes: number[] = [];
  const ratios: number[] = [];
  let ts = runTs();
  let py = runPython();
  for (let r = 0; r < runs; r++) {
    ts = runTs();
    py = runPython();
    tsTimes.push(ts.seconds * 1000);
    pyTimes.push(py.seconds * 1000);
    ratios.push(ts.seconds / py.seconds);
    console.log(`run ${r + 1}/${runs}: TS ${(ts.seconds * 1000).toFixed(0)} ms, numpy ${(py.seconds * 1000).toFixed(0)} ms, ratio ${(ts.seconds / py.seconds).toFixed(2)}`);
  }
  console.log(`\n${numIterations} iterations, ${runs} alternating runs each (after one untimed warm-up run each)`);
  console.log(`median TS     ${median(tsTimes).toFixed(0)} ms`);
  console.log(`median numpy  ${median(pyTimes).toFixed(0)} ms`);
  console.log(`median ratio  ${median(ratios).toFixed(2)} (TS/numpy; goal ≤ 1.5)`);
  console.log(`last logged   TS:    ${ts.lines[ts.lines.length - 1]}`);
  console.log(`              numpy: ${py.lines[py.lines.length - 1]}`);
  console.log(`max |ΔW|, |Δb| of the final parameters: ${maxAbsDifference(ts.parameters, py.finalParameters).toExponential(2)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
