/**
 * `npm run bench:batch`: grade a class of 50 copies of a full correct submission (every assignment,
 * public and hidden cases, strict isolation where available) with `grade --batch`, from the build, at
 * several `--jobs`, and print submissions graded per minute, and the CPU time each submission took
 * (all processes, where Linux's /proc tells it): on a machine shared with other work, the rate the
 * cores would give if they were free.
 *
 * Usage: npm run bench:batch [-- --copies 50] [-- --jobs 1,2,3]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { childrenCpuSeconds } from "./children-cpu";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

const ROOT = path.join(__dirname, "..", "..");
const copies = Number(option("copies", "50"));
const jobsList = option("jobs", "1,2,3").split(",").map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-batch-bench-"));
try {
  const klass = path.join(work, "class");
  for (let i = 0; i < copies; i++)
    fs.cpSync(path.join(ROOT, "test", "submissions", "correct"), path.join(klass, `student-${String(i).padStart(3, "0")}`), { recursive: true });
  console.log(`${copies} copies of test/submissions/correct, ${os.availableParallelism()} cores`);
  for (const jobs of jobsList) {
    const out = path.join(work, `out-${jobs}`);
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, "dist", "cli", "bin.js"), "grade", "--batch", klass, "--out", out, "--jobs", String(jobs)], {
      encoding: "utf8",
    });
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = childrenCpuSeconds();
    if (r.status !== 0) throw new Error(`grade --batch failed (${r.status}): ${r.stderr}`);
    const rows = fs.readFileSync(path.join(out, "gradebook.csv"), "utf8").trim().split("\n").slice(1);
    const graded = rows.filter((row) => row.split(",")[1] === "graded").length;
    const cpu = cpuBefore === undefined || cpuAfter === undefined ? "" : (cpuAfter - cpuBefore) / copies;
    const perCpu =
      cpu === ""
        ? ""
        : `; ${cpu.toFixed(2)} CPU s a submission, ${((60 * os.availableParallelism()) / cpu).toFixed(0)} a minute on ${os.availableParallelism()} free cores`;
    console.log(
      `--jobs ${jobs}: ${seconds.toFixed(1)} s, ${((copies / seconds) * 60).toFixed(0)} submissions a minute (${graded}/${copies} with every point)${perCpu}`,
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
