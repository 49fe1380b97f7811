import { spawn } from "node:child_process";
import type { Command } from "commander";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { EXPERIMENTS, findExperiment } from "../experiments/registry";
import { displayPath } from "../fixtures/paths";
import { cleanText } from "../grading/clean-text";
import { resolveIsolation, type IsolationRequest } from "../grading/sandbox/isolation";
import { kernelMemoryMb, sandboxNodeArgs, sandboxSetup } from "../grading/sandbox/sandbox";
import { killTree } from "../grading/sandbox/process-tree";
import { sandboxRuntime } from "../grading/sandbox/runtime";
import { copySubmission, RefusedSubmission } from "../grading/sandbox/submission-copy";
import { defaultSubmissionDir, findModule, resolveSubmissionDir } from "../grading/submission";
import { isolationOption, positiveInteger } from "./options";

/** The default wall-clock bound of one experiment, in seconds (the kernel bounds its CPU time alike). */
export const EXPERIMENT_TIME_LIMIT_S = 600;

/** Writes the child's output line by line, stripped of control characters, as it arrives. */
function relay(from: NodeJS.ReadableStream | null, to: NodeJS.WriteStream): void {
  let partial = "";
  from?.setEncoding("utf8");
  from?.on("data", (chunk: string) => {
    partial += chunk;
    const end = partial.lastIndexOf("\n");
    if (end < 0 && partial.length < 100_000) return;
    const complete = end < 0 ? partial : partial.slice(0, end + 1);
    partial = end < 0 ? "" : partial.slice(end + 1);
    to.write(cleanText(complete, 200_000));
  });
  from?.on("end", () => {
    if (partial !== "") to.write(cleanText(partial, 200_000) + "\n");
  });
}

/**
 * Adds `experiment NAME [DIR]`: runs a notebook's experiment on a submission's functions in the sandbox
 * (the same isolation as grading), within a time bound; the child's exit code becomes the command's.
 */
export function registerExperimentCommand(program: Command): void {
  program
    .command("experiment")
    .description("run a notebook's experiment on the functions in DIR (in the sandbox)")
    .argument("<name>", EXPERIMENTS.map((e) => e.name).join(" | "))
    .argument("[dir]", "submission folder (default: reference/)")
    .option("--memory <mb>", "heap limit of the student process, in MB", positiveInteger("--memory"), 2048)
    .option("--time-limit <s>", "wall-clock bound of the whole experiment, in seconds", positiveInteger("--time-limit"), EXPERIMENT_TIME_LIMIT_S)
    .option("--isolation <mode>", "strict, basic or auto (strict where it can be had)", isolationOption, "auto")
    .action(async (name: string, dir: string | undefined, opts: { memory: number; timeLimit: number; isolation: IsolationRequest }) => {
      const experiment = findExperiment(name);
      const submissionDir = resolveSubmissionDir(dir ?? defaultSubmissionDir());
      const modulePath = findModule(submissionDir, experiment.assignment);
      if (!modulePath) {
        throw new UserInputError(`${displayPath(path.join(submissionDir, experiment.assignment.module))}.ts (or .js) is missing`);
      }
      const isolation = resolveIsolation(opts.isolation);
      let copy;
      try {
        copy = copySubmission(submissionDir);
      } catch (error) {
        if (error instanceof RefusedSubmission) throw new UserInputError(`${displayPath(submissionDir)} cannot be run: ${error.message}`);
        throw error;
      }
      try {
        const setup = sandboxSetup(copy.dir);
        const copiedModule = path.join(copy.dir, path.relative(submissionDir, modulePath));
        const { file, args } = isolation.wrap({
          nodeArgs: [...sandboxNodeArgs(setup.readable, opts.memory), "-r", setup.loader, sandboxRuntime().experimentChild, name, copiedModule],
          readable: setup.readable,
          workDir: copy.dir,
          env: setup.env,
          // The wall clock below is the bound; the CPU limit is a backstop should the grader be stopped.
          limits: { memoryMb: kernelMemoryMb(opts.memory), cpuSeconds: opts.timeLimit + 5 },
        });
        const child = spawn(file, args, { cwd: copy.dir, env: setup.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
        relay(child.stdout, process.stdout);
        relay(child.stderr, process.stderr);
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) killTree(child.pid, isolation.wrapperDepth, () => child.exitCode !== null || child.signalCode !== null);
        }, opts.timeLimit * 1000);
        const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
        clearTimeout(timer);
        if (timedOut) {
          process.stderr.write(`dnn-autograder: experiment ${name} stopped: it ran longer than its bound of ${opts.timeLimit} s\n`);
          process.exitCode = 1;
        } else if (signal !== null || (code !== null && code > 128)) {
          const why =
            signal === "SIGXCPU" || code === 128 + 24
              ? "it used up its CPU time"
              : `it was killed (${signal ?? `status ${code}`}), perhaps for running out of memory`;
          process.stderr.write(`dnn-autograder: experiment ${name} stopped: ${why}\n`);
          process.exitCode = 1;
        } else {
          process.exitCode = code === 0 ? 0 : code === 2 ? 2 : 1;
        }
      } finally {
        copy.remove();
      }
    });
}
