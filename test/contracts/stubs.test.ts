/**
 * What the contracts determine is generated (`npm run stubs`) and kept up to date: the graders, the
 * README's table, and the blank submission, where each stub
 * has its interface's signature and TSDoc and throws "not implemented"; it type-checks as a student's
 * file (the project's `tsc` covers test/submissions) and scores 0 (the corpus tests).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../src/contracts";
import { assignmentTable, expectedReadme, graderFile, README } from "../../src/contracts/generated";
import { blankModules, blankModuleText } from "../../src/contracts/stubs";

const BLANK = path.join(__dirname, "..", "submissions", "blank");

test.each(blankModules(BLANK).map((m) => [path.relative(BLANK, m.file), m] as const))(
  "%s is as generated (run `npm run stubs` after changing a contract)",
  (_rel, { file, text }) => {
    expect(fs.readFileSync(file, "utf8")).toBe(text);
  },
);

test("a stub carries the interface's signature, its TSDoc and a throwing body", () => {
  const text = blankModuleText(ASSIGNMENTS.find((a) => a.name === "week2/optimization")!);
  expect(text).toContain(
    'export function randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize?: number, seed?: number): MiniBatch[] {\n  throw new Error("not implemented");\n}',
  );
  expect(text).toMatch(/\/\*\*\n \* Shuffles the `m` examples/);
  expect(text).toContain('import type { AdamState, AdamStep, Matrix, MiniBatch, MomentumStep, ParameterGradients, Params } from "dnn-autograder";');
  const tf = blankModuleText(ASSIGNMENTS.find((a) => a.name === "week3/tensorflow")!);
  expect(tf).toMatch(/import type \{[^}]*Tensor2D[^}]*\} from "@tensorflow\/tfjs-core";/);
});

test.each(ASSIGNMENTS.map((a) => [a.name, a] as const))("the grader of %s is as generated", (_name, assignment) => {
  const { file, text } = graderFile(assignment);
  expect(fs.readFileSync(file, "utf8")).toBe(text);
});

test("the README's table of assignments is as generated, one row per contract", () => {
  expect(fs.readFileSync(README, "utf8")).toBe(expectedReadme());
  expect(
    assignmentTable()
      .split("\n")
      .filter((l) => l.startsWith("| `")),
  ).toHaveLength(ASSIGNMENTS.length);
});
