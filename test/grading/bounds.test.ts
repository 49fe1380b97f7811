/**
 * Time bounds: each call's limit scales from the reference's time, and neither an assignment nor a
 * submission can run past its bound, however slow each call is.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CALL_FLOOR_MS, CALL_SCALE, scaledCallLimit, SubmissionClock } from "../../src/grading/bounds";
import { gradeSubmission } from "../../src/grading";

test("a call may take the floor plus a multiple of the reference's time, never more than the maximum", () => {
  expect(scaledCallLimit(1, 10_000)).toBe(CALL_FLOOR_MS + CALL_SCALE);
  expect(scaledCallLimit(1000, 10_000)).toBe(10_000);
  expect(scaledCallLimit(undefined, 7_000)).toBe(7_000);
});

test("an assignment's clock runs out, and says which bound ran out", () => {
  const clock = new SubmissionClock({ assignmentMs: 0, submissionMs: 60_000 }).assignment();
  expect(clock.exhausted()).toBe("not graded: this assignment used up its time bound (0 s)");
  const spent = new SubmissionClock({ assignmentMs: 60_000, submissionMs: 0 }).assignment();
  expect(spent.exhausted()).toMatch(/^not graded: the submission used up its time bound/);
});

test("a submission whose every call takes 0.8 s cannot stretch an assignment past its bound", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-slow-"));
  fs.mkdirSync(path.join(dir, "week1"));
  const slow = "(d: number[]) => { const end = Date.now() + 800; while (Date.now() < end); return {}; }";
  fs.writeFileSync(
    path.join(dir, "week1", "initialization.ts"),
    ["Zeros", "Random", "He"].map((f) => `export const initializeParameters${f} = ${slow};`).join("\n"),
  );
  try {
    const started = Date.now();
    const result = await gradeSubmission(dir, { assignments: ["week1/initialization"], bounds: { assignmentMs: 3_000, submissionMs: 60_000 } });
    const elapsed = Date.now() - started;
    const cases = result.assignments[0].functions.flatMap((f) => f.cases);
    expect(cases.filter((c) => c.message.startsWith("not graded: this assignment used up its time bound (3 s)")).length).toBeGreaterThanOrEqual(4);
    expect(result.score).toBe(0);
    // The bound, plus starting the child and judging: far from nine calls of 0.8 s.
    expect(elapsed).toBeLessThan(6_500);
    expect(result.header.bounds).toMatchObject({ assignmentMs: 3_000, submissionMs: 60_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("a module that is slow to load and needs a new child for every case cannot stretch the bound either", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-slow-load-"));
  fs.mkdirSync(path.join(dir, "week1"));
  const load = "const end = Date.now() + 2_500; while (Date.now() < end); (globalThis as Record<string, unknown>).loads = Date.now();";
  fs.writeFileSync(
    path.join(dir, "week1", "initialization.ts"),
    [load, ...["Zeros", "Random", "He"].map((f) => `export const initializeParameters${f} = (d: number[]) => ({ d });`)].join("\n"),
  );
  try {
    const started = Date.now();
    const result = await gradeSubmission(dir, { assignments: ["week1/initialization"], bounds: { assignmentMs: 3_000, submissionMs: 60_000 } });
    // A second load would end at 5 s; it gets only what is left of the 3 s.
    expect(Date.now() - started).toBeLessThan(4_500);
    const messages = result.assignments[0].functions.flatMap((f) => f.cases.map((c) => c.message));
    expect(messages.some((m) => m.startsWith("not graded: this assignment used up its time bound (3 s)"))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
