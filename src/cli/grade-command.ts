import type { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../fixtures/paths";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, exitCodeOf, gradeSubmission, renderConsole, renderJson } from "../grading";
import { positiveInteger } from "./options";

/** `reference/` in this checkout, or `student/` where there is no answer key (the student bundle). */
export function defaultSubmissionDir(): string {
  const reference = path.join(PACKAGE_ROOT, "reference");
  return fs.existsSync(reference) ? reference : path.join(PACKAGE_ROOT, "student");
}

export function registerGradeCommand(program: Command): void {
  program
    .command("grade")
    .description("grade the modules in DIR (default: reference/, or student/ in the student bundle)")
    .argument("[dir]", "submission folder holding week1/initialization.ts, …")
    .option("-a, --assignment <name...>", "only these assignments, e.g. week1/initialization")
    .option("-f, --format <format>", "console or json", "console")
    .option("--public-only", "grade the public cases only")
    .option("--timeout <ms>", "wall-clock limit per call, in ms", positiveInteger("--timeout"), DEFAULT_TIMEOUT_MS)
    .option("--memory <mb>", "heap limit of the student process, in MB", positiveInteger("--memory"), DEFAULT_MEMORY_MB)
    .action(async (dir: string | undefined, opts: { assignment?: string[]; format: string; publicOnly?: boolean; timeout: number; memory: number }) => {
      if (opts.format !== "console" && opts.format !== "json") {
        program.error(`error: option '--format' expects console or json, got "${opts.format}"`, { exitCode: 2 });
      }
      const result = await gradeSubmission(dir ?? defaultSubmissionDir(), {
        assignments: opts.assignment,
        timeoutMs: opts.timeout,
        memoryMb: opts.memory,
        visibilities: opts.publicOnly ? ["public"] : undefined,
      });
      process.stdout.write(opts.format === "json" ? renderJson(result) : renderConsole(result));
      for (const assignment of result.assignments) {
        for (const error of assignment.errors) process.stderr.write(`dnn-autograder: could not grade ${assignment.name}: ${error}\n`);
      }
      process.exitCode = exitCodeOf(result);
    });
}
