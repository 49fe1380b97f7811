/**
 * What is written from the contracts rather than by hand, besides the blank submission (`stubs.ts`):
 * one jest grader per assignment, and the README's table of assignments (between the
 * `<!-- assignments -->` markers). `npm run stubs` writes them; a test fails while any is out of date.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../fixtures/paths";
import { ASSIGNMENTS, type AssignmentContract } from "./assignments";

/** The README's markers around the generated table. */
export const TABLE_START = "<!-- assignments: generated from src/contracts by `npm run stubs` -->";
export const TABLE_END = "<!-- /assignments -->";

/** `graders/<module>.grader.ts` of `assignment`. */
export function graderFile(assignment: AssignmentContract): { file: string; text: string } {
  const depth = assignment.module.split("/").length;
  const up = "../".repeat(depth);
  return {
    file: path.join(PACKAGE_ROOT, "graders", `${assignment.module}.grader.ts`),
    text: `import { defineGraderSuite } from "${up}src/grading/jest/grader-suite";\n\ndefineGraderSuite("${assignment.name}");\n`,
  };
}

/** The README's table: one row per assignment with its module file and its graded functions. */
export function assignmentTable(): string {
  const rows = ASSIGNMENTS.map((a) => `| \`${a.name}\` | \`${a.module}.ts\` | ${a.functions.map((f) => `\`${f.name}\``).join(", ")} |`);
  return [TABLE_START, "| assignment | file in DIR | graded functions |", "|---|---|---|", ...rows, TABLE_END].join("\n");
}

/** `readme` with its generated table replaced by the current one; an error when the markers are missing. */
export function withAssignmentTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${TABLE_START} … ${TABLE_END}`);
  return readme.slice(0, start) + assignmentTable() + readme.slice(end + TABLE_END.length);
}

/** README.md's path. */
export const README = path.join(PACKAGE_ROOT, "README.md");

/** The README as it should be. */
export function expectedReadme(): string {
  return withAssignmentTable(fs.readFileSync(README, "utf8"));
}
