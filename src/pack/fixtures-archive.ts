/**
 * `dnn-autograder export fixtures --out fixtures.tar.gz`: every case's fixtures, public and hidden,
 * with their manifest and timings, for graders that fetch the hidden cases at grading time (the GitHub
 * Classroom workflow of a student pack) from a place the students' repositories never hold.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ASSIGNMENTS } from "../contracts";
import { copyFixtures } from "./copy-fixtures";
import { archiveFolder } from "./zip-folder";

/** Writes the archive to `file` (atomically); its size and the number of cases of each visibility. */
export async function exportFixturesArchive(file: string): Promise<{ file: string; bytes: number; publicCases: number; hiddenCases: number }> {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-fixtures-"));
  try {
    const copied = copyFixtures(stage, ASSIGNMENTS, ["public", "hidden"]);
    const bytes = await archiveFolder(stage, file, "tgz");
    return { file: path.resolve(file), bytes, publicCases: copied.cases.public, hiddenCases: copied.cases.hidden };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
