/**
 * `experiment` runs in the sandbox within its bounds: a time limit it cannot outlast, output stripped
 * of control characters, a symbolic link refused.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
}

test("an experiment past its time bound is stopped: one line, exit 1, within the bound", () => {
  // The shortest bound: stopping the run (30 000 iterations, three times) needs no longer one.
  const started = Date.now();
  const r = run("experiment", "regularization", "reference", "--time-limit", "1");
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split("\n").pop()).toBe("dnn-autograder: experiment regularization stopped: it ran longer than its bound of 1 s");
}, 120_000);

test("what an experiment's functions print reaches the terminal without control characters", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-experiment-"));
  try {
    fs.mkdirSync(path.join(dir, "week1"));
    const source = fs.readFileSync(path.join(ROOT, "test", "submissions", "correct", "week1", "initialization.ts"), "utf8");
    fs.writeFileSync(
      path.join(dir, "week1", "initialization.ts"),
      source.replace(
        "export function initializeParametersZeros(",
        'console.log("\\u001b[2J\\u001b[HTotal 100/100\\r\\u000b");\nexport function initializeParametersZeros(',
      ),
    );
    // Printed as the module loads: two iterations of each run are enough to reach it.
    const r = run("experiment", "initialization", dir, "--time-limit", "3", "--iterations", "2");
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.stdout).toMatch(/^Total 100\/100$/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("a symbolic link in the folder is refused with one line, exit 2", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-experiment-link-"));
  try {
    fs.cpSync(path.join(ROOT, "test", "submissions", "correct"), dir, { recursive: true });
    fs.symlinkSync("/", path.join(dir, "up"));
    const r = run("experiment", "initialization", dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^dnn-autograder: .* cannot be run: up is a symbolic link \(to \/\): a submission may hold regular files only$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
