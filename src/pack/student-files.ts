/**
 * The small text files of a student pack: its package.json, jest and TypeScript configurations, one
 * jest grader per assignment, .gitignore, and the GitHub Classroom workflow. The stubs and the README
 * come from their own files.
 */
import type { AssignmentContract } from "../contracts";
import { vendorSpec } from "./offline-lockfile";

/** The name of the student project (its `package.json` and lockfile). */
export const STUDENT_PROJECT = "dnn-course2-assignments";

/** The pack's `package.json`: the harness from the tarball in `vendor/` (installs without a registry) and the scripts students run. */
export function studentPackageJson(tarball: string, version: string): string {
  const pkg = {
    name: STUDENT_PROJECT,
    version,
    private: true,
    description: "Improving Deep Neural Networks: the programming assignments, with their public tests",
    scripts: {
      test: "dnn-autograder test",
      grade: "dnn-autograder grade student",
      typecheck: "dnn-autograder typecheck",
      experiment: "dnn-autograder experiment",
    },
    dependencies: { "dnn-autograder": vendorSpec(tarball) },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The pack's `jest.config.js`: the graders in `graders/`, watching `student/` too. */
export function studentJestConfig(): string {
  return `/**
 * jest for this project: each file in graders/ grades one module of student/ on the public cases,
 * one test per case. student/ is watched too, and a grader depends on the module it grades, so
 * \`npm test -- --watch\` re-runs an assignment when you save its file.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/graders", "<rootDir>/student"],
  testMatch: ["**/*.grader.js"],
  transform: {},
  dependencyExtractor: require.resolve("dnn-autograder/jest/dependency-extractor"),
  testTimeout: 120000,
};
`;
}

/**
 * The pack's `tsconfig.json`: the modules in `student/` against the contract types of `dnn-autograder`;
 * the packages the harness brings (TensorFlow.js, mathjs) resolve from its own folder, with the types of
 * TensorFlow.js's chained ops (`W.matMul(X).add(b)`), which the sandbox registers.
 */
export function studentTsconfig(): string {
  const config = {
    compilerOptions: {
      strict: true,
      target: "ES2022",
      module: "node16",
      moduleResolution: "node16",
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: { "*": ["./node_modules/dnn-autograder/node_modules/*"] },
    },
    include: ["student", "node_modules/dnn-autograder/node_modules/@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.d.ts"],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** `graders/<week>/<name>.grader.js`: the jest suite of one assignment, on `student/` and the pack's fixtures. */
export function studentGraderFile(assignment: AssignmentContract): string {
  return `// The public tests of ${assignment.name} (${assignment.title}): one jest test per case.
const path = require("node:path");
const { defineGraderSuite } = require("dnn-autograder/jest");

const root = path.join(__dirname, "..", "..");
defineGraderSuite("${assignment.name}", { submissionDir: path.join(root, "student"), fixturesDir: path.join(root, "fixtures") });
`;
}

/** The pack's `.gitignore`. */
export function studentGitignore(): string {
  return "node_modules/\n";
}
