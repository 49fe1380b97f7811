/**
 * Where swc's native binary is missing (a student pack on another platform than it was built on), the
 * TypeScript engine transpiles the submission and the harness's sandbox runtime: the answer key still
 * earns every point, and a module that does not parse is still one line for the student.
 */
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeSubmission } from "../../../src/grading/grade";
import { transpiler } from "../../../src/grading/sandbox/transpile";

const ROOT = path.join(__dirname, "..", "..", "..");
const before = process.env.DNN_AUTOGRADER_TRANSPILER;
beforeAll(() => (process.env.DNN_AUTOGRADER_TRANSPILER = "typescript"));
afterAll(() => {
  if (before === undefined) delete process.env.DNN_AUTOGRADER_TRANSPILER;
  else process.env.DNN_AUTOGRADER_TRANSPILER = before;
});

/** A copy of `from` whose every source file ends with a comment of its own: no run has transpiled (and kept) these texts before. */
function unseenCopy(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-ts-engine-"));
  fs.cpSync(from, dir, { recursive: true });
  const nonce = randomUUID();
  const mark = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) mark(file);
      else if (entry.name.endsWith(".ts")) fs.appendFileSync(file, `\n// ${nonce}\n`);
    }
  };
  mark(dir);
  return dir;
}

test("the answer key earns every public point when TypeScript transpiles it", async () => {
  const dir = unseenCopy(path.join(ROOT, "test", "submissions", "correct"));
  try {
    const result = await gradeSubmission(dir, { visibilities: ["public"], isolation: "auto" });
    expect(transpiler().name).toBe("typescript");
    expect(result.assignments).toHaveLength(6);
    expect(result.assignments.flatMap((a) => a.errors)).toEqual([]);
    expect(result.score).toBe(result.maxScore);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("a module that does not parse is one line naming the file and line", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-ts-engine-"));
  try {
    fs.mkdirSync(path.join(dir, "week1"));
    fs.writeFileSync(path.join(dir, "week1", "initialization.ts"), "export function initializeParametersZeros(layersDims: number[] {\n  return {};\n}\n");
    const result = await gradeSubmission(dir, { assignments: ["week1/initialization"], visibilities: ["public"], isolation: "auto" });
    const messages = result.assignments[0].functions.flatMap((f) => f.cases.map((c) => c.message)).concat(result.assignments[0].errors);
    expect(messages.some((m) => /week1\/initialization\.ts does not compile: .+ \(line 1\)/.test(m))).toBe(true);
    expect(result.score).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
