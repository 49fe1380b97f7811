/**
 * The `dnn-autograder` command. Exit codes: 0 success (every point earned), 1 points lost or
 * drift found, 2 could not do the job (bad input, with one line saying why), 3 a fault of the grader
 * itself (never reported as a score).
 */
import { Command, CommanderError } from "commander";
import { UserInputError } from "../errors";
import { discardEarlyChild } from "../grading/early-child";
import { guardGraderProcess } from "../grading/sandbox/guard-grader";
import { packageVersion } from "./version";

/**
 * Each command's registration, loaded only when needed: a run loads the one command it names (what
 * `grade` needs, and not the experiments, the packs or the fixture generator), help loads them all.
 */
const COMMANDS: Readonly<Record<string, () => (program: Command) => void>> = {
  grade: () => (require("./grade-command") as typeof import("./grade-command")).registerGradeCommand,
  fixtures: () => (require("./fixtures-command") as typeof import("./fixtures-command")).registerFixturesCommand,
  experiment: () => (require("./experiment-command") as typeof import("./experiment-command")).registerExperimentCommand,
  export: () => (require("./export-command") as typeof import("./export-command")).registerExportCommand,
  test: () => (require("./test-command") as typeof import("./test-command")).registerTestCommand,
  typecheck: () => (require("./typecheck-command") as typeof import("./typecheck-command")).registerTypecheckCommand,
  gradebook: () => (require("./gradebook-command") as typeof import("./gradebook-command")).registerGradebookCommand,
};

/**
 * The `dnn-autograder` commander program with its commands (only `only`, when it names one; none for
 * `--version`); throws
 * instead of exiting, so `main` (and tests) decide the exit code.
 */
export function buildProgram(only?: string): Command {
  const program = new Command("dnn-autograder")
    .description("Grade and test the programming work of Improving Deep Neural Networks")
    .version(packageVersion(), "-V, --version", "print the version")
    .showSuggestionAfterError()
    .exitOverride();
  const version = only === "--version" || only === "-V";
  const names = version ? [] : only !== undefined && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS);
  for (const name of names) COMMANDS[name]()(program);
  return program;
}

/**
 * Runs the CLI on `argv` (as `process.argv`) and sets `process.exitCode`: a user mistake prints one
 * line and gives 2, never a stack trace; a fault of the grader (`GraderFault` or any other error)
 * prints one line, then its stack, and gives 3.
 */
export async function main(argv: string[]): Promise<void> {
  guardGraderProcess();
  // Output piped into `head` and closed early is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  // argv[2] is the command's name (`node bin.js grade …`).
  const program = buildProgram(argv[2]);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UserInputError) {
      process.stderr.write(`dnn-autograder: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : "";
    process.stderr.write(`dnn-autograder: internal error (a fault of the grader, not of the submission; please report it): ${message}${stack}\n`);
    process.exitCode = 3;
  } finally {
    // The child the bin started for a `grade` that never graded (a mistake on the command line, for instance).
    discardEarlyChild();
  }
}
