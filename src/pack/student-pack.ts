/**
 * `dnn-autograder export student --out DIR`: a self-contained starter project for students. It holds
 * the stubs (`student/`), one jest grader per assignment (`graders/`), the public fixtures only, the
 * harness as a tarball that installs without a registry (`vendor/`, locked in `package-lock.json`), the project's configuration, a
 * README and a GitHub Classroom workflow. No answer key and no hidden case (not even a hidden case's
 * name) is in it. The folder appears whole or not at all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS, type AssignmentContract } from "../contracts";
import { blankModuleText } from "../contracts/stubs";
import { UserInputError } from "../errors";
import { classroomWorkflow } from "./classroom-workflow";
import { copyFixtures } from "./copy-fixtures";
import { readOwnPackage } from "./bundled-packages";
import { packOfflineHarness } from "./harness-tarball";
import { stubExamples } from "./stub-examples";
import { studentReadme } from "./student-readme";
import { offlineLockfile, vendorSpec } from "./offline-lockfile";
import { STUDENT_PROJECT, studentGitignore, studentGraderFile, studentJestConfig, studentPackageJson, studentTsconfig } from "./student-files";
import { writeFolderWhole } from "./write-folder";

/** What `exportStudentPack` wrote. */
export interface StudentPackSummary {
  dir: string;
  /** The harness tarball inside `vendor/`, and its size in bytes. */
  tarball: string;
  tarballBytes: number;
  publicCases: number;
  files: number;
}

/** The first lines of a student's stub file. */
function stubHeader(assignment: AssignmentContract): string {
  return [
    `// ${assignment.title} (${assignment.name}): write each function below.`,
    `// \`npm test -- -t <function>\` runs its public cases; \`npm run typecheck\` checks the types.`,
  ].join("\n");
}

/** Writes the student pack for `assignments` (default: all) into `outDir`, which must not exist or be empty. */
export function exportStudentPack(outDir: string, assignments: readonly AssignmentContract[] = ASSIGNMENTS): StudentPackSummary {
  const own = readOwnPackage();
  let summary: Omit<StudentPackSummary, "dir" | "files"> | undefined;
  const { dir, files } = writeFolderWhole(outDir, (root) => {
    const write = (relative: string, text: string) => {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    };
    for (const a of assignments) {
      write(`student/${a.module}.ts`, blankModuleText(a, stubHeader(a), stubExamples(a)));
      write(`graders/${a.module}.grader.js`, studentGraderFile(a));
    }
    const copied = copyFixtures(path.join(root, "fixtures"), assignments, ["public"]);
    if (copied.cases.public === 0) throw new UserInputError("no public cases to put in the student pack: run npx dnn-autograder fixtures generate");
    const harness = packOfflineHarness(path.join(root, "vendor"));
    const tarball = path.basename(harness.file);
    write("package.json", studentPackageJson(tarball, own.version));
    write("package-lock.json", offlineLockfile({ name: STUDENT_PROJECT, version: own.version }, harness.manifest, harness.file, vendorSpec(tarball)));
    write("jest.config.js", studentJestConfig());
    write("tsconfig.json", studentTsconfig());
    write(".gitignore", studentGitignore());
    write("README.md", studentReadme(assignments, copied.cases.public));
    write(".github/workflows/classroom.yml", classroomWorkflow());
    summary = { tarball, tarballBytes: fs.statSync(harness.file).size, publicCases: copied.cases.public };
  });
  return { dir, files, ...summary! };
}
