/**
 * `npm run bench`: each notebook training in TypeScript (src/course + src/np) against the same
 * computation in numpy, alternating runs after one untimed warm-up of each, printing the median
 * times, the median TS/numpy ratio and both last log lines (they should agree to the last digits).
 *
 * TS times the training in this process; Python times its training loop inside its script. The
 * OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE variables that slow numpy on some machines are removed
 * from Python's environment.
 *
 * Usage: npm run bench [-- --runs 5] [-- --only initialization]   Environment: PYTHON (default python3).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BENCHMARKS } from "./benchmarks";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const runs = Number(option("runs") ?? 5);
if (!Number.isInteger(runs) || runs <= 0) throw new Error("--runs expects a positive integer");
const only = option("only");
const chosen = BENCHMARKS.filter((b) => !only || b.name === only);
if (chosen.length === 0) throw new Error(`--only: no benchmark "${only}" (known: ${BENCHMARKS.map((b) => b.name).join(", ")})`);

const pythonEnv = { ...process.env };
delete pythonEnv.OPENBLAS_CORETYPE;
delete pythonEnv.OPENBLAS_L2_SIZE;

function runPython(script: string, inputPath: string): { seconds: number; lines: string[] } {
  const result = spawnSync(process.env.PYTHON ?? "python3", [path.join(__dirname, script), inputPath], {
    env: pythonEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}): ${result.stderr || result.error}`);
  return JSON.parse(result.stdout) as { seconds: number; lines: string[] };
}

const summary: string[] = [];
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
    runPython(benchmark.pythonScript, inputPath);
    const tsTimes: number[] = [];
    const pyTimes: number[] = [];
    const ratios: number[] = [];
    let lastTs: string[] = [];
    let lastPy: string[] = [];
    for (let r = 0; r < runs; r++) {
      const ts = timeTs();
      const py = runPython(benchmark.pythonScript, inputPath);
      tsTimes.push(ts.ms);
      pyTimes.push(py.seconds * 1000);
      ratios.push(ts.ms / (py.seconds * 1000));
      lastTs = ts.lines;
      lastPy = py.lines;
      console.log(`  run ${r + 1}/${runs}: TS ${ts.ms.toFixed(0)} ms, numpy ${(py.seconds * 1000).toFixed(0)} ms, ratio ${ratios[r].toFixed(2)}`);
    }
    console.log(
      `  median TS ${median(tsTimes).toFixed(0)} ms · median numpy ${median(pyTimes).toFixed(0)} ms · median ratio ${median(ratios).toFixed(2)} (goal ≤ 1.5)`,
    );
    console.log(`  last line  TS:    ${lastTs[lastTs.length - 1] ?? "(none)"}`);
    console.log(`             numpy: ${lastPy[lastPy.length - 1] ?? "(none)"}`);
    summary.push(`${benchmark.name.padEnd(24)} ${median(ratios).toFixed(2)}×  (TS ${median(tsTimes).toFixed(0)} ms, numpy ${median(pyTimes).toFixed(0)} ms)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
console.log(`\nmedian TS/numpy time ratio, ${runs} alternating runs each:\n${summary.map((s) => `  ${s}`).join("\n")}`);
