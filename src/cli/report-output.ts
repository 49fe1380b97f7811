/**
 * Where `grade` puts its report: stdout, or `--out FILE` written atomically; and the report of a run
 * that could not grade, in the requested format, so a CI job waiting for a file always gets a valid one.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { GraderFault, UserInputError } from "../errors";
import { writeFileAtomic } from "../fixtures/write-atomic";
import { renderFailure, type ReportFormat } from "../grading/reporters/render";

/** What the file system's error codes mean for a report path. */
const WRITE_ERRORS: Record<string, string> = {
  EEXIST: "a part of its path is a file, not a folder",
  ENOTDIR: "a part of its path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EISDIR: "it is a folder",
};

function unwritable(out: string, error: unknown, option: string): UserInputError {
  const reason = WRITE_ERRORS[(error as NodeJS.ErrnoException).code ?? ""] ?? (error as Error).message;
  return new UserInputError(`${option} ${out} could not be written (${reason}): expected the path of a file in a writable folder`);
}

/**
 * Writes a report to `out` (through a temporary file and a rename) or, without `out`, to stdout. A file
 * that cannot be written is the user's mistake, named as `option` (`--out`, `--report`).
 */
export function writeReport(text: string, out: string | undefined, option = "--out"): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  checkReportPath(out, option);
  try {
    writeFileAtomic(path.resolve(out), text);
  } catch (error) {
    throw unwritable(out, error, option);
  }
}

/**
 * Refuses, before any grading, a report path (`option`: `--out`, `--report`) that names a folder or lies
 * under a file; creates its folder if need be.
 */
export function checkReportPath(out: string | undefined, option = "--out"): void {
  if (out === undefined) return;
  const file = path.resolve(out);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UserInputError(`${option} ${out} is a folder: expected the path of a file to write`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw unwritable(out, error, option);
  }
}

/** Why `error` stopped a run, as the CLI's one line gives it: "a fault of the grader: …" for an error the grader did not expect. */
export function failureReason(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const expected = error instanceof UserInputError || error instanceof GraderFault;
  return expected ? reason : `a fault of the grader: ${reason}`;
}

/** The exit code of a run stopped by `error`: 2 for the user's mistake, 3 for anything else (a fault of the grader). */
export function exitCodeOfError(error: unknown): 2 | 3 {
  return error instanceof UserInputError ? 2 : 3;
}

/**
 * The report, in `format`, of a run that `error` stopped before anything was graded: the reason as the
 * CLI's one line gives it, "a fault of the grader: …" for an error the grader did not expect.
 */
export function failureReport(format: ReportFormat, error: unknown): string {
  return renderFailure(format, failureReason(error), exitCodeOfError(error));
}
