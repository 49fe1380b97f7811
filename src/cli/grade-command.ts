import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import * as os from "node:os";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { gradeSubmission } from "../grading/grade";
import { exitCodeOf, type GradeResult } from "../grading/result";
import { GRADESCOPE_VISIBILITIES, type GradescopeVisibility } from "../grading/reporters/gradescope";
import { readFigures, type Figure } from "../grading/reporters/html/figures";
import { REPORT_FORMATS, renderReport, type ReportFormat } from "../grading/reporters/render";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS } from "../grading/session";
import type { IsolationRequest } from "../grading/sandbox/isolation";
import { defaultSubmissionDir } from "../grading/submission";
import type { runBatchCommand as RunBatchCommand } from "./batch-command";
import { isolationOption, positiveInteger, tensorflowBackendOption } from "./options";
import { checkReportPath, exitCodeOfError, failureReason, failureReport, writeReport } from "./report-output";

/** The HTML report's renderer, loaded only by a run that writes one. */
function htmlReport(): typeof import("../grading/reporters/html/report") {
  return require("../grading/reporters/html/report") as typeof import("../grading/reporters/html/report");
}

function formatOption(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new InvalidArgumentError(`--format expects ${REPORT_FORMATS.join(", ")}, got "${value}"`);
}

function visibilityOption(value: string): GradescopeVisibility {
  if ((GRADESCOPE_VISIBILITIES as readonly string[]).includes(value)) return value as GradescopeVisibility;
  throw new InvalidArgumentError(`--hidden-visibility expects ${GRADESCOPE_VISIBILITIES.join(", ")}, got "${value}"`);
}

interface GradeCommandOptions {
  batch?: string;
  jobs: number;
  shard?: string;
  assignment?: string[];
  format: ReportFormat;
  out?: string;
  report?: string;
  figures?: string;
  fixtures?: string;
  hiddenVisibility: GradescopeVisibility;
  publicOnly?: boolean;
  timeout: number;
  memory: number;
  isolation: IsolationRequest;
  tfBackend: "auto" | "wasm" | "cpu";
}

/**
 * Adds `grade [DIR]`: grades a submission folder, reports in the chosen format (to stdout or `--out`),
 * and sets the exit code (0 all points, 1 points lost, 2 could not grade, 3 a fault of the grader).
 * A run that cannot grade at all still writes a valid report in the chosen format, saying why.
 */
export function registerGradeCommand(program: Command): void {
  program
    .command("grade")
    .description("grade the modules in DIR (default: reference/ in the checkout, ./student in a student pack)")
    .argument("[dir]", "submission folder holding week1/initialization.ts, …")
    .option("-a, --assignment <name...>", "only these assignments, e.g. week1/initialization")
    .option("-f, --format <format>", `report format: ${REPORT_FORMATS.join(", ")}`, formatOption, "console")
    .option("-o, --out <file>", "write the report to FILE (atomically) instead of stdout")
    .option("--report <file>", "also write an HTML report to FILE (one self-contained page: scores, failed cases, heat-maps of wrong values)")
    .option("--figures <dir>", "with --report: embed every .svg in DIR (as `experiment NAME --out DIR` writes them)")
    .option("--fixtures <dir>", "grade with the fixtures in DIR (default: this checkout's, or ./fixtures in a student pack)")
    .option(
      "--hidden-visibility <when>",
      `gradescope: when hidden cases are shown (${GRADESCOPE_VISIBILITIES.join(", ")})`,
      visibilityOption,
      "after_published",
    )
    .option("--public-only", "grade the public cases only")
    .option("--timeout <ms>", "wall-clock limit per call, in ms", positiveInteger("--timeout"), DEFAULT_TIMEOUT_MS)
    .option(
      "--memory <mb>",
      "heap limit of the student process, in MB (the kernel bounds all its memory 256 MB above)",
      positiveInteger("--memory"),
      DEFAULT_MEMORY_MB,
    )
    .option(
      "--isolation <mode>",
      "strict (fails closed), basic, or auto: strict where it can be had (default auto; strict with --batch)",
      isolationOption,
      "auto",
    )
    .option(
      "--tf-backend <backend>",
      "TensorFlow.js backend of the TensorFlow assignment: auto (WebAssembly, the CPU backend when it cannot start), wasm or cpu",
      tensorflowBackendOption,
      "auto",
    )
    .option("--batch <dir>", "grade a class: every folder in DIR is one student's submission (with --out DIR: gradebook.csv, index.html, reports/)")
    .option(
      "--jobs <n>",
      "with --batch: submissions graded at the same time (default: the number of cores)",
      positiveInteger("--jobs"),
      os.availableParallelism(),
    )
    .option("--shard <k/n>", "with --batch: grade only the K-th of N deterministic slices (merge with gradebook merge)")
    .action(async (dir: string | undefined, opts: GradeCommandOptions, command: Command) => {
      if (opts.batch !== undefined) {
        if (dir !== undefined) throw new UserInputError(`grade ${dir} --batch ${opts.batch}: give either a submission folder or --batch, not both`);
        const isolation = command.getOptionValueSource("isolation") === "default" ? "strict" : opts.isolation;
        // Loaded only for a batch: a single grade needs none of its worker pool, gradebook or class index.
        const { runBatchCommand } = require("./batch-command") as { runBatchCommand: typeof RunBatchCommand };
        await runBatchCommand({ ...opts, batch: opts.batch, isolation });
        return;
      }
      checkReportPath(opts.out);
      if (opts.figures !== undefined && opts.report === undefined)
        throw new UserInputError("--figures DIR needs --report FILE: the figures are embedded in the HTML report");
      checkReportPath(opts.report, "--report");
      let result: GradeResult;
      let report: string;
      let figures: Figure[] | undefined;
      try {
        if (opts.figures !== undefined) figures = readFigures(opts.figures);
        result = await gradeSubmission(dir ?? defaultSubmissionDir(), {
          assignments: opts.assignment,
          timeoutMs: opts.timeout,
          memoryMb: opts.memory,
          isolation: opts.isolation,
          tensorflowBackend: opts.tfBackend,
          visibilities: opts.publicOnly ? ["public"] : undefined,
          ...(opts.fixtures ? { fixturesDir: path.resolve(opts.fixtures) } : {}),
        });
        report = renderReport(result, opts.format, { hiddenVisibility: opts.hiddenVisibility });
      } catch (error) {
        // The report a CI job waits for, in its format, then the usual one line and exit code.
        if (opts.format !== "console" || opts.out) writeReport(failureReport(opts.format, error), opts.out);
        if (opts.report) writeReport(htmlReport().renderHtmlFailure(failureReason(error), exitCodeOfError(error), { figures }), opts.report, "--report");
        throw error;
      }
      writeReport(report, opts.out);
      if (opts.report) writeReport(htmlReport().renderHtmlReport(result, { figures }), opts.report, "--report");
      for (const assignment of result.assignments) {
        for (const error of assignment.errors) process.stderr.write(`dnn-autograder: could not grade ${assignment.name}: ${error}\n`);
      }
      process.exitCode = exitCodeOf(result);
    });
}
