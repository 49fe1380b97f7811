/**
 * Grading a class: each student's folder is graded by its own `dnn-autograder grade` process (so a
 * submission that breaks, or breaks the grader, costs its own row and nothing else), `jobs` at a time.
 * Each process writes the student's JSON report; the gradebook is made from those reports.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { AssignmentContract } from "../../contracts";
import { writeFileAtomic } from "../../fixtures/write-atomic";
import type { GradeResult } from "../result";
import { gradebookCsv, type GradebookEntry } from "./gradebook";
import { reportName, type StudentSubmission } from "./class-folders";

/** How to grade each submission of a batch. */
export interface BatchOptions {
  /** Submissions graded at the same time. */
  jobs: number;
  /** The output folder: `gradebook.csv` and `reports/<student>.json`. */
  outDir: string;
  /** The gradebook's columns. */
  assignments: readonly AssignmentContract[];
  /** Only these assignments are graded (`-a`); default: each submission's modules, whichever it holds. */
  only?: readonly string[];
  /** Options passed on to each `grade`: isolation, public-only, fixtures, timeout, memory. */
  gradeArgs: readonly string[];
  /** Called after each submission, for progress display. */
  onDone?: (entry: GradebookEntry, done: number, total: number) => void;
  /** A grading process still running after this long is killed (ms; default 300 000). */
  killAfterMs?: number;
}

/** What a batch produced. */
export interface BatchSummary {
  entries: GradebookEntry[];
  gradebook: string;
  seconds: number;
  faults: number;
}

/** The grade command of this build or checkout. */
const BIN = path.join(__dirname, "..", "..", "cli", "bin.js");

/** Runs `grade` on one submission; resolves to its exit code (or a note on how it ended) and stderr. */
function gradeOne(submission: StudentSubmission, report: string, options: BatchOptions): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const args = [BIN, "grade", submission.dir, "--format", "json", "--out", report, ...options.gradeArgs];
    for (const name of options.only ?? []) args.push("-a", name);
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    let killed = false;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, options.killAfterMs ?? 300_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, killed });
    });
  });
}

/** The first line the grader printed about why it could not grade, without its `dnn-autograder: ` prefix. */
function firstReason(stderr: string): string {
  const line = stderr.split("\n").find((l) => l.trim() !== "") ?? "no reason given";
  return line.replace(/^dnn-autograder: /, "").slice(0, 300);
}

/** The row of one graded submission, from its exit code and report. */
function entryOf(submission: StudentSubmission, report: string, outcome: { code: number | null; stderr: string; killed: boolean }): GradebookEntry {
  let parsed: (GradeResult & { error?: string }) | undefined;
  try {
    parsed = JSON.parse(fs.readFileSync(report, "utf8")) as GradeResult & { error?: string };
  } catch {
    parsed = undefined;
  }
  const result = parsed && Array.isArray(parsed.assignments) && parsed.header ? parsed : undefined;
  const { id } = submission;
  if (outcome.killed) return { id, status: "grader fault: the grading process did not finish in time", result };
  switch (outcome.code) {
    case 0:
      return { id, status: "graded", result };
    case 1:
      return { id, status: "points lost", result };
    case 2:
      return { id, status: `could not grade: ${parsed?.error ?? result?.assignments.flatMap((a) => a.errors)[0] ?? firstReason(outcome.stderr)}`, result };
    default:
      return { id, status: `grader fault: ${firstReason(outcome.stderr)}`, result };
  }
}

/** Grades every submission, `jobs` at a time, and writes the reports and `gradebook.csv` into `outDir`. */
export async function runBatch(submissions: readonly StudentSubmission[], options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const reports = path.join(options.outDir, "reports");
  fs.mkdirSync(reports, { recursive: true });
  const entries: GradebookEntry[] = [];
  let next = 0;
  const worker = async () => {
    while (next < submissions.length) {
      const submission = submissions[next++];
      const report = path.join(reports, `${reportName(submission.id)}.json`);
      fs.rmSync(report, { force: true });
      const entry = entryOf(submission, report, await gradeOne(submission, report, options));
      entries.push(entry);
      options.onDone?.(entry, entries.length, submissions.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, submissions.length)) }, worker));
  const gradebook = path.join(options.outDir, "gradebook.csv");
  writeFileAtomic(gradebook, gradebookCsv(entries, options.assignments));
  return { entries, gradebook, seconds: (Date.now() - started) / 1000, faults: entries.filter((e) => e.status.startsWith("grader fault")).length };
}
