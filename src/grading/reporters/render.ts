/**
 * The report formats of `grade --format`, and the report of a run that could not grade at all, so
 * that a CI job asking for a format always gets a valid file in it.
 */
import type { GradeResult } from "../result";
import { renderClassroom, renderClassroomFailure } from "./classroom";
import { renderConsole } from "./console";
import { type GradescopeVisibility, renderGradescope, renderGradescopeFailure } from "./gradescope";
import { renderJson, renderJsonFailure } from "./json";
import { renderJunit, renderJunitFailure } from "./junit";

/** Every format `grade --format` accepts. */
export const REPORT_FORMATS = ["console", "json", "gradescope", "classroom", "junit"] as const;
/** One of `REPORT_FORMATS`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of the formats that have some. */
export interface RenderOptions {
  /** Gradescope: when hidden cases are shown (default `after_published`). */
  hiddenVisibility?: GradescopeVisibility;
}

/** `result` in `format`. */
export function renderReport(result: GradeResult, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "gradescope":
      return renderGradescope(result, options.hiddenVisibility);
    case "classroom":
      return renderClassroom(result);
    case "junit":
      return renderJunit(result);
    default:
      return renderConsole(result);
  }
}

/** The report of a run that graded nothing (exit code 2 or 3), in `format`, saying why. */
export function renderFailure(format: ReportFormat, reason: string, exitCode: 2 | 3): string {
  switch (format) {
    case "json":
      return renderJsonFailure(reason, exitCode);
    case "gradescope":
      return renderGradescopeFailure(reason, exitCode);
    case "classroom":
      return renderClassroomFailure(reason);
    case "junit":
      return renderJunitFailure(reason);
    default:
      return `could not grade: ${reason}\n`;
  }
}
