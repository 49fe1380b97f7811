/**
 * The batch's grading processes (`worker.ts`): each is forked once and grades submissions one after
 * another. A process that dies, or takes longer than its bound on one submission, costs that
 * submission a "grader fault" row and is replaced by a fresh one for the next.
 */
import { fork, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import type { WorkerJob, WorkerReply } from "./worker";

/** The worker script beside this file (`.ts` from the sources, `.js` from the build). */
const WORKER = path.join(__dirname, `worker${path.extname(__filename)}`);
/** The loader `bin.js` uses, so that a worker loads the sources as the `grade` command does. */
const REGISTER = path.join(__dirname, "..", "..", "loader", "register.js");

/** One forked grading process, asked one job at a time. */
export class GradingWorker {
  private child: ChildProcess | undefined;
  private stderrTail = "";

  private start(): ChildProcess {
    this.stderrTail = "";
    const child = fork(WORKER, [], {
      execArgv: ["-r", REGISTER],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (d: string) => (this.stderrTail = (this.stderrTail + d).slice(-2000)));
    child.on("error", () => undefined);
    return child;
  }

  /** Grades `job`; a process that exits, fails to answer or outlives `killAfterMs` gives code 3 with the reason. */
  run(job: WorkerJob, killAfterMs: number): Promise<WorkerReply> {
    const child = (this.child ??= this.start());
    return new Promise((resolve) => {
      const finish = (reply: WorkerReply, replace: boolean) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        if (replace) {
          child.kill("SIGKILL");
          if (this.child === child) this.child = undefined;
        }
        resolve(reply);
      };
      const onMessage = (reply: WorkerReply) => finish(reply, false);
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const last = this.stderrTail.trim().split("\n").pop() ?? "";
        finish({ code: 3, reason: `the grading process ended (${signal ?? `exit code ${code}`})${last ? `: ${last.slice(0, 200)}` : ""}` }, true);
      };
      const timer = setTimeout(
        () => finish({ code: 3, reason: `the grading process did not finish within ${Math.ceil(killAfterMs / 1000)} s` }, true),
        killAfterMs,
      );
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send(job, (error) => {
        if (error) finish({ code: 3, reason: `could not reach the grading process: ${error.message}` }, true);
      });
    });
  }

  /** Ends the process (it exits when its channel closes). */
  stop(): void {
    const child = this.child;
    this.child = undefined;
    if (child?.connected) child.disconnect();
  }
}
