/**
 * What is written from the assignments' own files rather than by hand: the blank submission
 * (`stubs.ts`), one jest grader per assignment, the README's table of assignments (between the
 * `<!-- assignments -->` markers), the index files that list the assignments' pieces
 * (`index-files.ts`) and the validators compiled ahead of time (src/validation). `npm run stubs` writes them all (`generatedFiles`); tests fail while any is out of date.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../fixtures/paths";
import type { AssignmentContract } from "./define";
import { discoverContracts } from "./discover";
import { indexFiles, type GeneratedFile } from "./index-files";
import { blankModules } from "./stubs";
import { generatedValidatorModules } from "../validation/generated-validators";

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

/** The README's table: one row per assignment (of the contract files found now, by default) with its module file and its graded functions. */
export function assignmentTable(contracts: readonly AssignmentContract[] = discoverContracts().map((c) => c.contract)): string {
  const rows = contracts.map((a) => `| \`${a.name}\` | \`${a.module}.ts\` | ${a.functions.map((f) => `\`${f.name}\``).join(", ")} |`);
  return [TABLE_START, "| assignment | file in DIR | graded functions |", "|---|---|---|", ...rows, TABLE_END].join("\n");
}

/** `readme` with its generated table replaced by the one of `contracts`; an error when the markers are missing. */
export function withAssignmentTable(readme: string, contracts?: readonly AssignmentContract[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${TABLE_START} … ${TABLE_END}`);
  return readme.slice(0, start) + assignmentTable(contracts) + readme.slice(end + TABLE_END.length);
}

/** README.md's path. */
export const README = path.join(PACKAGE_ROOT, "README.md");

/** The README as it should be. */
export function expectedReadme(contracts?: readonly AssignmentContract[]): string {
  return withAssignmentTable(fs.readFileSync(README, "utf8"), contracts);
}

/** The blank submission's folder. */
export const BLANK_SUBMISSION_DIR = path.join(PACKAGE_ROOT, "test", "submissions", "blank");

/** Everything `npm run stubs` writes, from the contract files (and the assignments' other files) found now. */
export function generatedFiles(): GeneratedFile[] {
  const discovered = discoverContracts();
  const contracts = discovered.map((c) => c.contract);
  return [
    ...blankModules(BLANK_SUBMISSION_DIR, contracts),
    ...contracts.map(graderFile),
    { file: README, text: expectedReadme(contracts) },
    ...indexFiles(PACKAGE_ROOT, discovered),
    ...generatedValidatorModules(PACKAGE_ROOT),
  ];
}
