import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS, findAssignment } from "../contracts";
import { UserInputError } from "../errors";
import { displayPath } from "../fixtures/paths";
import { writeFileAtomic } from "../fixtures/write-atomic";
import { mergeGradebooks } from "../grading/batch/gradebook";
import { runBatch } from "../grading/batch/run-batch";
import { resolveIsolation, type IsolationRequest } from "../grading/sandbox/isolation";
import { listSubmissions, parseShard, studentNames } from "../grading/batch/class-folders";
import { batchProgress } from "./batch-progress";

/** What `grade --batch` needs from the grade command's options. */
export interface BatchCommandOptions {
  batch: string;
  out?: string;
  jobs: number;
  shard?: string;
  assignment?: string[];
  publicOnly?: boolean;
  fixtures?: string;
  timeout: number;
  memory: number;
  isolation: string;
  tfBackend?: "auto" | "wasm" | "cpu";
}

/**
 * `grade --batch SUBMISSIONS_DIR --out DIR [--jobs N] [--shard K/N]`: every student folder graded,
 * `gradebook.csv`, `index.html` (the class's page) and `reports/<student>.json` and `.html` in DIR. Exit code 0 when the batch completed (a
 * student's lost points or ungradable folder is a row, not a failure), 3 when the grader failed on any.
 */
export async function runBatchCommand(opts: BatchCommandOptions): Promise<void> {
  if (!opts.out) throw new UserInputError("--batch needs --out DIR, the folder for gradebook.csv and the reports");
  const shard = opts.shard ? parseShard(opts.shard) : undefined;
  const classSize = studentNames(opts.batch).length;
  if (classSize === 0) throw new UserInputError(`--batch ${opts.batch}: no submission folders`);
  const submissions = listSubmissions(opts.batch, shard);
  const assignments = opts.assignment && opts.assignment.length > 0 ? opts.assignment.map(findAssignment) : ASSIGNMENTS;
  const isolation = opts.isolation as IsolationRequest;
  // Fails closed (one line, exit 2) before any student is graded when strict isolation cannot be had.
  resolveIsolation(isolation);
  const progress = batchProgress(submissions.length);
  const summary = await runBatch(submissions, {
    jobs: opts.jobs,
    outDir: path.resolve(opts.out),
    ...(shard ? { shard: { ...shard, classSize } } : {}),
    assignments,
    grade: {
      ...(opts.assignment && opts.assignment.length > 0 ? { assignments: opts.assignment } : {}),
      isolation,
      ...(opts.tfBackend ? { tensorflowBackend: opts.tfBackend } : {}),
      timeoutMs: opts.timeout,
      memoryMb: opts.memory,
      ...(opts.publicOnly ? { visibilities: ["public" as const] } : {}),
      ...(opts.fixtures ? { fixturesDir: path.resolve(opts.fixtures) } : {}),
    },
    onDone: (entry, done, total) => progress.done(entry, done, total),
  });
  progress.stop();
  const perMinute = summary.seconds > 0 ? (submissions.length / summary.seconds) * 60 : 0;
  process.stdout.write(
    `graded ${submissions.length} submissions in ${summary.seconds.toFixed(1)} s (${perMinute.toFixed(0)} a minute); wrote ${displayPath(summary.gradebook)} and ${displayPath(summary.index)}\n`,
  );
  if (summary.faults > 0) {
    process.stderr.write(`dnn-autograder: the grader failed on ${summary.faults} submission(s): see their status in the gradebook\n`);
    process.exitCode = 3;
  }
}

/** `gradebook merge OUT.csv A.csv B.csv …`: the shards' gradebooks joined, written atomically. */
export function runGradebookMerge(out: string, inputs: readonly string[]): void {
  const shards = inputs.map((file) => {
    if (!fs.existsSync(file)) throw new UserInputError(`${file}: no such gradebook`);
    return { file, text: fs.readFileSync(file, "utf8") };
  });
  const merged = mergeGradebooks(shards);
  writeFileAtomic(path.resolve(out), merged);
  process.stdout.write(`wrote ${out}: ${merged.trimEnd().split("\n").length - 1} students from ${inputs.length} gradebooks\n`);
}
