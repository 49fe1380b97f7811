/**
 * `grade`'s first child, started by the bin before the command line is parsed: which command lines
 * start one and with which settings, and that a grading run takes it only with the same settings
 * (otherwise, or when nothing grades, it is ended and its copy removed).
 */
import * as fs from "node:fs";
import { earlyGradeSettings } from "../../src/cli/early-grade";
import { discardEarlyChild, startEarlyChild, takeEarlyChild } from "../../src/grading/early-child";
import { provisionalIsolation, resolveIsolation, sameIsolation } from "../../src/grading/sandbox/isolation";

const argv = (...args: string[]) => ["node", "bin.js", ...args];

describe("earlyGradeSettings", () => {
  test("a plain grade: auto isolation, the default heap", () => {
    expect(earlyGradeSettings(argv("grade"))).toEqual({ request: "auto", memoryMb: 1024 });
    expect(earlyGradeSettings(argv("grade", "some/dir", "-a", "week1/initialization", "--format", "json"))).toEqual({ request: "auto", memoryMb: 1024 });
  });

  test("reads --memory and --isolation in both spellings, the last one winning", () => {
    expect(earlyGradeSettings(argv("grade", "--memory", "512", "--isolation", "basic"))).toEqual({ request: "basic", memoryMb: 512 });
    expect(earlyGradeSettings(argv("grade", "--memory=768", "--isolation=strict"))).toEqual({ request: "strict", memoryMb: 768 });
    expect(earlyGradeSettings(argv("grade", "--isolation", "basic", "--isolation", "strict"))).toEqual({ request: "strict", memoryMb: 1024 });
  });

  test("starts nothing for another command, a batch, help, or values commander will refuse", () => {
    expect(earlyGradeSettings(argv("fixtures", "check"))).toBeUndefined();
    expect(earlyGradeSettings(argv())).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "--batch", "class"))).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "-h"))).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "--help"))).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "--memory", "lots"))).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "--memory", "0"))).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "--isolation", "none"))).toBeUndefined();
    expect(earlyGradeSettings(argv("grade", "--memory"))).toBeUndefined();
  });
});

describe("the early child", () => {
  afterEach(() => discardEarlyChild());

  test("a grading run with the same settings takes it (once), with its empty copy; it comes up where its isolation is the one in force", async () => {
    // bubblewrap is installed here (.ci/run): strict is worth assuming before any trial.
    const expected = provisionalIsolation("auto")!;
    expect(expected).toBeDefined();
    startEarlyChild({ request: "auto", memoryMb: 256, cpuSeconds: 60 });
    const taken = takeEarlyChild({ request: "auto", memoryMb: 256, cpuSeconds: 60 })!;
    expect(taken).toBeDefined();
    try {
      expect(fs.readdirSync(taken.copy.dir)).toEqual([]);
      // Where the sandbox's user cannot read the checkout (one under a private folder), the child
      // started as that user fails, and the trial settles isolation without it.
      await expect(taken.sandbox.warmedUp()).resolves.toBe(sameIsolation(expected, resolveIsolation("auto")));
      expect(takeEarlyChild({ request: "auto", memoryMb: 256, cpuSeconds: 60 })).toBeUndefined();
    } finally {
      taken.sandbox.close();
      taken.copy.remove();
    }
  }, 60_000);

  test("other settings end it and remove its copy; so does discarding one nothing took", async () => {
    const ends = [() => expect(takeEarlyChild({ request: "auto", memoryMb: 512, cpuSeconds: 60 })).toBeUndefined(), discardEarlyChild];
    for (const end of ends) {
      const started = startEarlyChild({ request: "auto", memoryMb: 256, cpuSeconds: 60 })!;
      expect(started).toBeDefined();
      expect(fs.existsSync(started.copy.dir)).toBe(true);
      end();
      expect(fs.existsSync(started.copy.dir)).toBe(false);
      await expect(started.sandbox.warmedUp()).resolves.toBe(false);
      expect(takeEarlyChild({ request: "auto", memoryMb: 256, cpuSeconds: 60 })).toBeUndefined();
    }
  }, 60_000);
});
