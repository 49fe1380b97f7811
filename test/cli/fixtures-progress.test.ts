import { fixturesProgress } from "../../src/cli/fixtures-progress";
import type { GenerateProgress } from "../../src/fixtures/generate";
import { ESC, fakeStream } from "./fake-stream";

/** The progress events of two case files: two public cases, then one hidden. */
const EVENTS: GenerateProgress[] = [
  { done: 1, total: 3, assignment: "week1/initialization", visibility: "public", caseId: "zeros/course", fileCases: 2, fileDone: false },
  { done: 2, total: 3, assignment: "week1/initialization", visibility: "public", caseId: "he/course", fileCases: 2, fileDone: true },
  { done: 3, total: 3, assignment: "week1/initialization", visibility: "hidden", caseId: "he/deep", fileCases: 1, fileDone: true },
];

describe("fixturesProgress", () => {
  test("not on a terminal: one plain line per case file, no escape sequence", () => {
    const stream = fakeStream(false);
    const progress = fixturesProgress(stream, {});
    for (const event of EVENTS) progress.update(event);
    progress.stop();
    expect(stream.text()).toBe("[2/3] week1/initialization (public): 2 cases\n[3/3] week1/initialization (hidden): 1 case\n");
  });

  test("on a terminal: a green bar counting cases, naming the last", () => {
    const stream = fakeStream(true);
    const progress = fixturesProgress(stream, {});
    for (const event of EVENTS) progress.update(event);
    progress.stop();
    const text = stream.text();
    expect(text).toContain(`fixtures ${ESC}[32m`);
    expect(text).toContain("3/3 cases");
    expect(text).toContain("week1/initialization hidden he/deep");
    expect(text).not.toContain("[2/3]");
  });

  test("on a terminal with NO_COLOR: the bar without colour", () => {
    const stream = fakeStream(true);
    const progress = fixturesProgress(stream, { NO_COLOR: "yes" });
    progress.update(EVENTS[0]);
    progress.stop();
    expect(stream.text()).toMatch(/fixtures #+-+ 1\/3 cases/);
    expect(stream.text()).not.toContain(`${ESC}[32m`);
  });

  test("stopped before any case (generation failed at once): writes nothing", () => {
    for (const isTTY of [true, false]) {
      const stream = fakeStream(isTTY);
      fixturesProgress(stream, {}).stop();
      expect(stream.text()).toBe("");
    }
  });
});
