/**
 * `dnn-autograder export gradescope --out autograder.zip`: a Gradescope autograder. The zip holds
 * `setup.sh` and `run_autograder` at its root, the harness as a tarball that installs without a
 * registry, and the fixtures of every case, public and hidden (instructors upload it to Gradescope;
 * students never see it).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ASSIGNMENTS, type AssignmentContract } from "../contracts";
import { UserInputError } from "../errors";
import { copyFixtures } from "./copy-fixtures";
import { gradescopeInstall, gradescopeReadme, gradescopeRun, gradescopeSetup } from "./gradescope-files";
import { packOfflineHarness } from "./harness-tarball";
import { offlineLockfile, vendorSpec } from "./offline-lockfile";
import { archiveFolder } from "./zip-folder";

/** What `exportGradescopePack` wrote. */
export interface GradescopePackSummary {
  file: string;
  bytes: number;
  publicCases: number;
  hiddenCases: number;
}

/** The scripts Gradescope runs, kept executable in the zip. */
const EXECUTABLES = ["setup.sh", "install.sh", "run_autograder"];

/** Builds the autograder's folder in `dir`: scripts, package.json and its lockfile, the harness tarball and every case's fixtures. */
export function writeGradescopeFolder(dir: string, assignments: readonly AssignmentContract[] = ASSIGNMENTS): { publicCases: number; hiddenCases: number } {
  const copied = copyFixtures(path.join(dir, "fixtures"), assignments, ["public", "hidden"]);
  if (copied.cases.hidden === 0) throw new UserInputError("no hidden cases to put in the autograder: run npx dnn-autograder fixtures generate");
  const harness = packOfflineHarness(path.join(dir, "vendor"), []);
  const spec = vendorSpec(path.basename(harness.file));
  const pkg = { name: "dnn-autograder-gradescope", private: true, dependencies: { "dnn-autograder": spec } };
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, "package-lock.json"), offlineLockfile({ name: pkg.name }, harness.manifest, harness.file, spec));
  fs.writeFileSync(path.join(dir, "setup.sh"), gradescopeSetup(), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "install.sh"), gradescopeInstall(), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "run_autograder"), gradescopeRun(assignments), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "README.md"), gradescopeReadme(copied.cases.public, copied.cases.hidden));
  return { publicCases: copied.cases.public, hiddenCases: copied.cases.hidden };
}

/** Writes the autograder zip to `file` (atomically). */
export async function exportGradescopePack(file: string): Promise<GradescopePackSummary> {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-gradescope-"));
  try {
    const cases = writeGradescopeFolder(stage);
    const bytes = await archiveFolder(stage, file, "zip", EXECUTABLES);
    return { file: path.resolve(file), bytes, ...cases };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
