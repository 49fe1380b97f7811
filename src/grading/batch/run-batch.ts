/**
 * Grading a class: `jobs` grading processes (`worker-pool.ts`), each taking the next student's folder
 * until none is left, so a submission that breaks, or breaks the grader, costs its own row and nothing
 * else. Each student's JSON and HTML reports are written as it is graded; the gradebook and the class's
 * `index.html` once all are.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AssignmentContract } from "../../contracts";
import { writeFileAtomic } from "../../fixtures/write-atomic";
import { cleanLine } from "../clean-text";
import { renderClassIndex } from "../reporters/html/class-index";
import { renderHtmlFailure, renderHtmlReport } from "../reporters/html/report";
import { renderFailure } from "../reporters/render";
import { gradebookCsv, type GradebookEntry } from "./gradebook";
import { reportName, type StudentSubmission } from "./class-folders";
import type { ShardStamp } from "./shard-stamp";
import type { WorkerJob, WorkerReply } from "./worker";
import { GradingWorker } from "./worker-pool";

/** How to grade each submission of a batch. */
export interface BatchOptions {
  /** Submissions graded at the same time (grading processes). */
  jobs: number;
  /** The output folder: `gradebook.csv`, `index.html` and `reports/<student>.json` and `.html`. */
  outDir: string;
  /** The gradebook's columns. */
  assignments: readonly AssignmentContract[];
  /** How each submission is graded (assignments, isolation, visibilities, fixtures, limits). */
  grade: WorkerJob["options"];
  /** The slice of the class this batch grades (`--shard`): stamped on the gradebook for `gradebook merge`. */
  shard?: ShardStamp;
  /** Called after each submission, for progress display. */
  onDone?: (entry: GradebookEntry, done: number, total: number) => void;
  /** A submission still being graded after this long is a grader fault (ms; default 300 000). */
  killAfterMs?: number;
}

/** What a batch produced. */
export interface BatchSummary {
  entries: GradebookEntry[];
  /** The gradebook's path. */
  gradebook: string;
  /** The class index page's path. */
  index: string;
  seconds: number;
  /** Submissions on which the grader failed. */
  faults: number;
}

/** The gradebook status of a grading outcome. */
export function statusOf(reply: WorkerReply): string {
  const reason = cleanLine(reply.reason ?? "no reason given", 300);
  switch (reply.code) {
    case 0:
      return "graded";
    case 1:
      return "points lost";
    case 2:
      return `could not grade: ${reason}`;
    default:
      return `grader fault: ${reason}`;
  }
}

/** The student's HTML report: their result, or the page saying why they could not be graded. */
function studentPage(id: string, reply: WorkerReply): string {
  const title = `Grades: ${cleanLine(id, 200)}`;
  if (reply.result) return renderHtmlReport(reply.result, { title });
  return renderHtmlFailure(reply.reason ?? "no reason given", reply.code === 2 ? 2 : 3, { title });
}

/** Grades every submission, `jobs` at a time, and writes the reports, `gradebook.csv` and `index.html` into `outDir`. */
export async function runBatch(submissions: readonly StudentSubmission[], options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const reports = path.join(options.outDir, "reports");
  fs.mkdirSync(reports, { recursive: true });
  const entries: GradebookEntry[] = [];
  let next = 0;
  const lane = async () => {
    const worker = new GradingWorker();
    try {
      while (next < submissions.length) {
        const submission = submissions[next++];
        const report = path.join(reports, `${reportName(submission.id)}.json`);
        const page = path.join(reports, `${reportName(submission.id)}.html`);
        let reply: WorkerReply;
        if (submission.refused) {
          reply = { code: 2, reason: submission.refused };
        } else {
          fs.rmSync(report, { force: true });
          fs.rmSync(page, { force: true });
          reply = await worker.run({ dir: submission.dir, report, options: options.grade }, options.killAfterMs ?? 300_000);
        }
        if (!fs.existsSync(report)) writeFileAtomic(report, renderFailure("json", reply.reason ?? "no reason given", reply.code === 2 ? 2 : 3));
        writeFileAtomic(page, studentPage(submission.id, reply));
        const entry: GradebookEntry = { id: submission.id, status: statusOf(reply), ...(reply.result ? { result: reply.result } : {}) };
        entries.push(entry);
        options.onDone?.(entry, entries.length, submissions.length);
      }
    } finally {
      worker.stop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, submissions.length)) }, lane));
  const gradebook = path.join(options.outDir, "gradebook.csv");
  writeFileAtomic(gradebook, gradebookCsv(entries, options.assignments, options.shard));
  const index = path.join(options.outDir, "index.html");
  const listed = entries.map((e) => ({ ...e, href: `reports/${encodeURIComponent(reportName(e.id))}.html` }));
  writeFileAtomic(index, await renderClassIndex(listed));
  return { entries, gradebook, index, seconds: (Date.now() - started) / 1000, faults: entries.filter((e) => e.status.startsWith("grader fault")).length };
}
