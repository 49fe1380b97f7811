import { batchProgress } from "../../src/cli/batch-progress";
import type { GradebookEntry } from "../../src/grading/batch/gradebook";
import type { GradeResult } from "../../src/grading/result";
import { ESC, fakeStream } from "./fake-stream";

const graded = (id: string, score: number): GradebookEntry => ({ id, status: "graded", result: { score, maxScore: 100 } as GradeResult });

describe("batchProgress", () => {
  test("not on a terminal: one plain line per submission, no escape sequence", () => {
    const stream = fakeStream(false);
    const progress = batchProgress(2, stream, {});
    progress.done(graded("alice", 100), 1, 2);
    progress.done({ id: "bob", status: "could not grade: no graded module" }, 2, 2);
    progress.stop();
    expect(stream.text()).toBe("[1/2] alice: graded (100/100)\n[2/2] bob: could not grade: no graded module\n");
  });

  test("a hostile folder name loses its control characters in the plain line", () => {
    const stream = fakeStream(false);
    batchProgress(1, stream, {}).done(graded(`eve${ESC}[2J\r`, 0), 1, 1);
    expect(stream.text()).toBe("[1/1] eve: graded (0/100)\n");
  });

  test("on a terminal: a bar, coloured green, that reaches the total", () => {
    const stream = fakeStream(true);
    const progress = batchProgress(2, stream, {});
    progress.done(graded("alice", 100), 1, 2);
    progress.done(graded("bob", 40), 2, 2);
    progress.stop();
    const text = stream.text();
    expect(text).toContain(`grading ${ESC}[32m`);
    expect(text).toContain("2/2 submissions");
    expect(text).not.toContain("[1/2]");
  });

  test("on a terminal with NO_COLOR: a bar of # and -, without colour", () => {
    const stream = fakeStream(true);
    const progress = batchProgress(4, stream, { NO_COLOR: "1" });
    progress.done(graded("alice", 100), 1, 4);
    progress.stop();
    const text = stream.text();
    expect(text).toMatch(/grading #+-+ 1\/4 submissions/);
    expect(text).not.toContain(`${ESC}[32m`);
  });
});
