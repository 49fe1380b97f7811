/**
 * Finding a submission's graded modules: `DIR/<module>.ts`, or `.js`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AssignmentContract } from "../contracts";
import { UserInputError } from "../errors";
import { displayPath, PACKAGE_ROOT } from "../fixtures/paths";

/** The absolute submission folder; a clear error when it is missing or not a folder. */
export function resolveSubmissionDir(dir: string): string {
  const absolute = path.resolve(dir);
  if (!fs.existsSync(absolute)) throw new UserInputError(`submission folder ${displayPath(absolute)} does not exist`);
  if (!fs.statSync(absolute).isDirectory())
    throw new UserInputError(`${displayPath(absolute)} is not a folder: expected a submission folder holding week1/initialization.ts`);
  return absolute;
}

/** The graded module of `contract` in `dir` (`.ts` preferred over `.js`), or undefined. */
export function findModule(dir: string, contract: AssignmentContract): string | undefined {
  for (const ext of [".ts", ".js"]) {
    const file = path.join(dir, `${contract.module}${ext}`);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** `reference/` in this checkout, or `./student` where there is no answer key (a student pack, with the package installed). */
export function defaultSubmissionDir(): string {
  const reference = path.join(PACKAGE_ROOT, "reference");
  return fs.existsSync(reference) ? reference : path.resolve("student");
}
