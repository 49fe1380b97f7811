/**
 * A batch's grading process: started once by `runBatch` and handed one submission at a time over
 * Node's IPC channel, it grades each with `gradeSubmission` (student code still runs in its own
 * sandboxed children), writes the student's JSON report and answers with the outcome. One process
 * grades many submissions, so its start, the fixtures and the isolation check are paid once.
 */
import { GraderFault, UserInputError } from "../../errors";
import { writeFileAtomic } from "../../fixtures/write-atomic";
import { gradeSubmission, type GradeOptions } from "../grade";
import { renderFailure } from "../reporters/render";
import { renderJson } from "../reporters/json";
import { exitCodeOf, type GradeResult } from "../result";
import { guardGraderProcess } from "../sandbox/guard-grader";

/** One submission to grade: its folder, where its report goes, and how to grade it. */
export interface WorkerJob {
  dir: string;
  report: string;
  options: Pick<GradeOptions, "assignments" | "timeoutMs" | "memoryMb" | "isolation" | "visibilities" | "fixturesDir" | "tensorflowBackend">;
}

/** The outcome of one job: `grade`'s exit code, the result when there is one, and why when it could not grade. */
export interface WorkerReply {
  code: 0 | 1 | 2 | 3;
  result?: GradeResult;
  reason?: string;
}

/** Grades one job and writes its report; never throws. */
export async function gradeJob(job: WorkerJob): Promise<WorkerReply> {
  try {
    const result = await gradeSubmission(job.dir, { ...job.options, oneChild: true });
    writeFileAtomic(job.report, renderJson(result));
    const code = exitCodeOf(result);
    const cases = result.assignments.flatMap((a) => a.functions.flatMap((f) => f.cases));
    const reason = code === 3 ? cases.find((c) => c.fault)?.message.split("\n")[0] : code === 2 ? result.assignments.flatMap((a) => a.errors)[0] : undefined;
    return { code, result, ...(reason ? { reason } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof UserInputError ? 2 : 3;
    const reason = code === 3 && !(error instanceof GraderFault) ? `a fault of the grader: ${message}` : message;
    try {
      writeFileAtomic(job.report, renderFailure("json", reason, code));
    } catch {
      // the reply still says why
    }
    return { code, reason };
  }
}

/** Serves jobs from the parent, one at a time, until the channel closes. */
function serve(): void {
  guardGraderProcess();
  let queue = Promise.resolve();
  process.on("message", (job: WorkerJob) => {
    queue = queue.then(async () => {
      const reply = await gradeJob(job);
      process.send?.(reply);
    });
  });
  process.on("disconnect", () => process.exit(0));
}

if (require.main === module && process.send) serve();
