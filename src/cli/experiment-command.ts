import { spawn } from "node:child_process";
import { Option, type Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { EventChannel } from "../experiments/event-channel";
import type { Experiment } from "../experiments/define";
import { EXPERIMENTS, findExperiment } from "../experiments/registry";
import { writeFigures } from "../figures/figure-files";
import { figuresOf } from "../figures/figure-check";
import { displayPath } from "../fixtures/paths";
import { writeFileAtomic } from "../fixtures/write-atomic";
import { cleanText } from "../grading/clean-text";
import { resolveIsolation, type IsolationRequest } from "../grading/sandbox/isolation";
import { kernelMemoryMb, sandboxNodeArgs, sandboxSetup } from "../grading/sandbox/sandbox";
import { killTree } from "../grading/sandbox/process-tree";
import { sandboxRuntime } from "../grading/sandbox/runtime";
import { copySubmission, RefusedSubmission } from "../grading/sandbox/submission-copy";
import { defaultSubmissionDir, findModule, resolveSubmissionDir } from "../grading/submission";
import { experimentProgress, type ExperimentProgress } from "./experiment-progress";
import { isolationOption, positiveInteger } from "./options";

/** The default wall-clock bound of one experiment, in seconds (the kernel bounds its CPU time alike). */
export const EXPERIMENT_TIME_LIMIT_S = 600;

/** The most characters of log kept for `--out` (the terminal gets everything). */
const MAX_LOG_CHARS = 32 * 1024 * 1024;

/** The experiment's log as the command shows it, kept for `OUT/NAME.log`. */
class LogRecord {
  private parts: string[] = [];
  private chars = 0;
  private cut = false;

  add(text: string): void {
    if (this.chars + text.length > MAX_LOG_CHARS) {
      this.cut = true;
      return;
    }
    this.parts.push(text);
    this.chars += text.length;
  }

  text(): string {
    return this.parts.join("") + (this.cut ? `… (the log was cut at ${MAX_LOG_CHARS} characters)\n` : "");
  }
}

/** Passes the child's output on line by line, stripped of control characters, as it arrives. */
function relay(from: NodeJS.ReadableStream | null, to: (text: string) => void): void {
  let partial = "";
  from?.setEncoding("utf8");
  from?.on("data", (chunk: string) => {
    partial += chunk;
    const end = partial.lastIndexOf("\n");
    if (end < 0 && partial.length < 100_000) return;
    const complete = end < 0 ? partial : partial.slice(0, end + 1);
    partial = end < 0 ? "" : partial.slice(end + 1);
    to(cleanText(complete, 200_000));
  });
  from?.on("end", () => {
    if (partial !== "") to(cleanText(partial, 200_000) + "\n");
  });
}

/** Options of `experiment`. */
interface ExperimentCommandOptions {
  memory: number;
  timeLimit: number;
  isolation: IsolationRequest;
  out?: string;
  iterations?: number;
}

/** The output folder, created if need be; a user error when it is a file or cannot be made. */
function prepareOut(out: string): string {
  const dir = path.resolve(out);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new UserInputError(`--out ${out}: not a folder`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UserInputError(`--out ${out}: cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return dir;
}

/**
 * Writes `OUT/NAME.log`, then, when the child sent figure data that passes its schema, every
 * figure (SVG, CSV, JSON); says on stderr why there are none otherwise (a child that was stopped or
 * killed, `finished` false, sent no complete data). Returns whether the figure data was malformed.
 */
async function writeOutputs(
  experiment: Experiment,
  outDir: string,
  log: LogRecord,
  channel: ReturnType<EventChannel["finish"]>,
  finished: boolean,
  say: (line: string, stream: "stdout" | "stderr") => void,
): Promise<boolean> {
  const problem = (line: string) => {
    log.add(line + "\n");
    say(line + "\n", "stderr");
  };
  let malformed = false;
  let written: string[] = [];
  if (!finished) {
    problem(`dnn-autograder: no figures: experiment ${experiment.name} did not finish`);
  } else if (channel.malformed !== undefined) {
    problem(`dnn-autograder: the experiment's figure data was malformed: ${channel.malformed}`);
    malformed = true;
  } else if (channel.data === undefined) {
    problem(`dnn-autograder: no figures: experiment ${experiment.name} did not finish`);
  } else {
    const checked = figuresOf(experiment, channel.data);
    if (!checked.ok) {
      problem(`dnn-autograder: the experiment's figure data was malformed: ${checked.message}`);
      malformed = true;
    } else {
      written = await writeFigures(outDir, checked.figures);
    }
  }
  const logFile = path.join(outDir, `${experiment.name}.log`);
  writeFileAtomic(logFile, log.text());
  const figures = written.filter((f) => f.endsWith(".svg")).length;
  say(
    `wrote ${displayPath(logFile)} and ${figures} figure${figures === 1 ? "" : "s"} (SVG, with their data as CSV and JSON) in ${displayPath(outDir)}\n`,
    "stdout",
  );
  return malformed;
}

/**
 * Adds `experiment NAME [DIR] [--out DIR]`: runs a notebook's experiment on a submission's functions in
 * the sandbox (the same isolation as grading), within a time bound, skipping the runs that need
 * functions not written yet; with `--out`, writes the log, the figures and their data there. Exit
 * code: the child's (0 something ran and nothing failed, 1 a run failed, 2 nothing could run or the
 * module does not load), 1 when the experiment was stopped or its figure data was malformed.
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
    .option("--out <dir>", "write the log (NAME.log), the figures (SVG) and their data (CSV, JSON) into this folder")
    .addOption(
      new Option("--iterations <n>", "iterations (or epochs) of every training run, instead of the notebook's")
        .argParser(positiveInteger("--iterations"))
        .hideHelp(),
    )
    .action(async (name: string, dir: string | undefined, opts: ExperimentCommandOptions) => {
      const experiment = findExperiment(name);
      const outDir = opts.out === undefined ? undefined : prepareOut(opts.out);
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
          nodeArgs: [
            ...sandboxNodeArgs(setup.readable, opts.memory),
            "-r",
            setup.loader,
            sandboxRuntime().experimentChild,
            name,
            copiedModule,
            ...(opts.iterations === undefined ? [] : [String(opts.iterations)]),
          ],
          readable: setup.readable,
          workDir: copy.dir,
          env: setup.env,
          // The wall clock below is the bound; the CPU limit is a backstop should the grader be stopped.
          limits: { memoryMb: kernelMemoryMb(opts.memory), cpuSeconds: opts.timeLimit + 5 },
        });
        const child = spawn(file, args, { cwd: copy.dir, env: setup.env, stdio: ["ignore", "pipe", "pipe", "pipe"], detached: true });
        const progress: ExperimentProgress = experimentProgress(name, experiment.runs.length);
        const log = new LogRecord();
        const say = (text: string, stream: "stdout" | "stderr") => {
          log.add(text);
          progress.log(text, stream);
        };
        relay(child.stdout, (text) => say(text, "stdout"));
        relay(child.stderr, (text) => say(text, "stderr"));
        const channel = new EventChannel((event) => progress.run(event));
        channel.attach(child.stdio[3] as NodeJS.ReadableStream | null);
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) killTree(child.pid, isolation.wrapperDepth, () => child.exitCode !== null || child.signalCode !== null);
        }, opts.timeLimit * 1000);
        const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
        clearTimeout(timer);
        const stopped = (why: string) => say(`dnn-autograder: experiment ${name} stopped: ${why}\n`, "stderr");
        if (timedOut) {
          stopped(`it ran longer than its bound of ${opts.timeLimit} s`);
          process.exitCode = 1;
        } else if (signal !== null || (code !== null && code > 128)) {
          stopped(
            signal === "SIGXCPU" || code === 128 + 24
              ? "it used up its CPU time"
              : `it was killed (${signal ?? `status ${code}`}), perhaps for running out of memory`,
          );
          process.exitCode = 1;
        } else {
          process.exitCode = code === 0 ? 0 : code === 2 ? 2 : 1;
        }
        const finished = !timedOut && signal === null && code !== null && code <= 128;
        try {
          if (outDir !== undefined && (await writeOutputs(experiment, outDir, log, channel.finish(), finished, (text, stream) => progress.log(text, stream)))) {
            if (process.exitCode === 0) process.exitCode = 1;
          }
        } finally {
          progress.stop();
        }
      } finally {
        copy.remove();
      }
    });
}
