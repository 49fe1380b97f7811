/**
 * `runBatch` itself: how a grading outcome becomes a status, and a grading process that outlives its
 * bound becoming a "grader fault" row (with a report saying why) while the next student is graded by a
 * fresh process.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findAssignment } from "../../../src/contracts";
import { runBatch, statusOf } from "../../../src/grading/batch/run-batch";

const ROOT = path.join(__dirname, "..", "..", "..");

test("a status per exit code, reasons on one line", () => {
  expect(statusOf({ code: 0 })).toBe("graded");
  expect(statusOf({ code: 1 })).toBe("points lost");
  expect(statusOf({ code: 2, reason: "week1/initialization.ts does not compile:\nline 3" })).toBe(
    "could not grade: week1/initialization.ts does not compile: line 3",
  );
  expect(statusOf({ code: 3 })).toBe("grader fault: no reason given");
});

test("a grading process past its bound is a grader fault row with a report; the batch goes on", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-run-batch-"));
  try {
    const assignments = [findAssignment("week1/initialization")];
    const dir = path.join(ROOT, "test", "submissions", "correct");
    const summary = await runBatch(
      [
        { id: "slow", dir },
        { id: "linked", dir, refused: "the submission is a symbolic link (refused: it must be a folder)" },
      ],
      {
        jobs: 1,
        outDir: work,
        assignments,
        grade: { assignments: ["week1/initialization"], visibilities: ["public"], isolation: "strict" },
        killAfterMs: 1,
      },
    );
    expect(summary.faults).toBe(1);
    expect(summary.entries.map((e) => [e.id, e.status])).toEqual([
      ["slow", "grader fault: the grading process did not finish within 1 s"],
      ["linked", "could not grade: the submission is a symbolic link (refused: it must be a folder)"],
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(work, "reports", "slow.json"), "utf8"))).toMatchObject({ exitCode: 3 });
    expect(fs.readFileSync(summary.gradebook, "utf8").split("\n")[1]).toMatch(/^linked,could not grade/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, 60_000);
