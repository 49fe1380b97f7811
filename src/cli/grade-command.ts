import type { Command } from "commander";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, exitCodeOf, gradeSubmission, renderConsole, renderJson } from "../grading";
import { defaultSubmissionDir } from "../grading/submission";
import type { IsolationRequest } from "../grading/sandbox/isolation";
import { isolationOption, positiveInteger } from "./options";

/**
 * Adds `grade [DIR]`: grades a submission folder, prints a console or JSON report, and sets the exit
 * code (0 all points, 1 points lost, 2 could not grade, 3 a fault of the grader).
 */
export function registerGradeCommand(program: Command): void {
  program
    .command("grade")
    .description("grade the modules in DIR (default: reference/ in the checkout, ./student in a student pack)")
    .argument("[dir]", "submission folder holding week1/initialization.ts, …")
    .option("-a, --assignment <name...>", "only these assignments, e.g. week1/initialization")
    .option("-f, --format <format>", "console or json", "console")
    .option("--public-only", "grade the public cases only")
    .option("--timeout <ms>", "wall-clock limit per call, in ms", positiveInteger("--timeout"), DEFAULT_TIMEOUT_MS)
    .option(
      "--memory <mb>",
      "heap limit of the student process, in MB (the kernel bounds all its memory 256 MB above)",
      positiveInteger("--memory"),
      DEFAULT_MEMORY_MB,
    )
    .option("--isolation <mode>", "strict (fails closed), basic, or auto: strict where it can be had", isolationOption, "auto")
    .action(
      async (
        dir: string | undefined,
        opts: { assignment?: string[]; format: string; publicOnly?: boolean; timeout: number; memory: number; isolation: IsolationRequest },
      ) => {
        if (opts.format !== "console" && opts.format !== "json") {
          program.error(`error: option '--format' expects console or json, got "${opts.format}"`, { exitCode: 2 });
        }
        const result = await gradeSubmission(dir ?? defaultSubmissionDir(), {
          assignments: opts.assignment,
          timeoutMs: opts.timeout,
          memoryMb: opts.memory,
          isolation: opts.isolation,
          visibilities: opts.publicOnly ? ["public"] : undefined,
        });
        process.stdout.write(opts.format === "json" ? renderJson(result) : renderConsole(result));
        for (const assignment of result.assignments) {
          for (const error of assignment.errors) process.stderr.write(`dnn-autograder: could not grade ${assignment.name}: ${error}\n`);
        }
        process.exitCode = exitCodeOf(result);
      },
    );
}
