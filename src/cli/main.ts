/**
 * The `dnn-autograder` command. Exit codes: 0 success (every point earned), 1 points lost or
 * drift found, 2 could not do the job (bad input, with one line saying why), 3 a fault of the grader
 * itself (never reported as a score).
 */
import { Command, CommanderError } from "commander";
import { UserInputError } from "../errors";
import { guardGraderProcess } from "../grading/sandbox/guard-grader";
import { registerExperimentCommand } from "./experiment-command";
import { registerFixturesCommand } from "./fixtures-command";
import { registerExportCommand } from "./export-command";
import { registerGradeCommand } from "./grade-command";
import { registerGradebookCommand } from "./gradebook-command";
import { registerTestCommand } from "./test-command";
import { registerTypecheckCommand } from "./typecheck-command";
import { packageVersion } from "./version";

/**
 * The `dnn-autograder` commander program with its `grade`, `fixtures` and `experiment` commands; throws
 * instead of exiting, so `main` (and tests) decide the exit code.
 */
export function buildProgram(): Command {
  const program = new Command("dnn-autograder")
    .description("Grade and test the programming work of Improving Deep Neural Networks")
    .version(packageVersion(), "-V, --version", "print the version")
    .showSuggestionAfterError()
    .exitOverride();
  registerGradeCommand(program);
  registerFixturesCommand(program);
  registerExperimentCommand(program);
  registerExportCommand(program);
  registerTestCommand(program);
  registerTypecheckCommand(program);
  registerGradebookCommand(program);
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
  const program = buildProgram();
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
  }
}
