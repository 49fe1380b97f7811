/**
 * The `dnn-autograder` command as a user runs it: exit codes and one-line messages.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runAsync, type ChildResult } from "../run-async";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");

/** The command with `args`. The tests run side by side (`test.concurrent`): each waits on its process, most of them on sandboxed children. */
function run(...args: string[]): Promise<ChildResult> {
  return runAsync(process.execPath, [BIN, ...args], { cwd: ROOT, timeoutMs: 60_000 });
}

function expectOneLineError(r: ChildResult, pattern: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("grade", () => {
  // Alone, before the others: it grades every assignment, TensorFlow.js's loading within its first call's limit.
  test("grades reference/ by default: every point, exit 0", async () => {
    const r = await run("grade");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ initializeParametersHe\s+3\/3 cases\s+40\/40/);
    expect(r.stdout).toMatch(/^Total (\d+)\/\1$/m);
  }, 60_000);

  test.concurrent(
    "--format json prints the result model",
    async () => {
      const r = await run("grade", "test/submissions/mutants/he-sqrt-1-over-n", "--format", "json");
      expect(r.code).toBe(1);
      const result = JSON.parse(r.stdout);
      expect(result.score).toBe(60);
      expect(result.assignments[0].name).toBe("week1/initialization");
      expect(result.assignments[0].functions.map((f: { name: string }) => f.name)).toEqual([
        "initializeParametersZeros",
        "initializeParametersRandom",
        "initializeParametersHe",
      ]);
    },
    60_000,
  );

  test.concurrent(
    "--public-only grades the public cases alone",
    async () => {
      const r = await run("grade", "test/submissions/mutants/hard-coded-public", "--public-only", "--format", "json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ score: 38, maxScore: 38 });
    },
    60_000,
  );

  test.concurrent(
    "a missing folder: one line, exit 2",
    async () => {
      expectOneLineError(await run("grade", "no/such/folder"), /^dnn-autograder: submission folder no\/such\/folder does not exist$/);
    },
    60_000,
  );

  test.concurrent(
    "a folder without graded modules: one line, exit 2",
    async () => {
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-empty-"));
      try {
        expectOneLineError(await run("grade", empty), /holds none of the graded modules: expected for example .*week1\/initialization\.ts$/);
      } finally {
        fs.rmSync(empty, { recursive: true, force: true });
      }
    },
    60_000,
  );

  test.concurrent(
    "an unknown assignment: one line naming the known ones, exit 2",
    async () => {
      expectOneLineError(await run("grade", "--assignment", "week9/nope"), /unknown assignment "week9\/nope": expected one of week1\/initialization/);
    },
    60_000,
  );

  test.concurrent(
    "an unknown flag: one line, exit 2",
    async () => {
      expectOneLineError(await run("grade", "--bogus"), /unknown option '--bogus'/);
    },
    60_000,
  );

  test.concurrent(
    "a bad --timeout and a bad --format: one line each, exit 2",
    async () => {
      expectOneLineError(await run("grade", "--timeout", "soon"), /--timeout expects a positive whole number, got "soon"/);
      expectOneLineError(await run("grade", "--format", "xml"), /--format expects console, json, gradescope, classroom, junit, got "xml"/);
    },
    60_000,
  );

  test.concurrent(
    "a module that does not compile: the report, then one line on stderr, exit 2",
    async () => {
      const r = await run("grade", "test/submissions/broken/syntax-error");
      expectOneLineError(r, /^dnn-autograder: could not grade week1\/initialization: week1\/initialization\.ts does not compile: .*\(line 14\)$/);
      expect(r.stdout).toMatch(/^Total 0\/100$/m);
    },
    60_000,
  );

  test.concurrent(
    "a missing export is unfinished work: the report says so once for the function, exit 1, nothing on stderr",
    async () => {
      const r = await run("grade", "test/submissions/broken/missing-export");
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("");
      expect(r.stdout.match(/not implemented yet/g)).toHaveLength(1);
      expect(r.stdout).toMatch(/✗ initializeParametersHe: not implemented yet \(\d+ cases, 40 points\)/);
    },
    60_000,
  );

  test.concurrent(
    'stubs that throw "not implemented": one line per function, exit 1',
    async () => {
      const r = await run("grade", "test/submissions/blank", "-a", "week1/initialization");
      expect(r.code).toBe(1);
      expect(r.stdout.match(/not implemented yet/g)).toHaveLength(3);
      expect(r.stdout).toMatch(/^Total 0\/100$/m);
    },
    60_000,
  );
});

describe("fixtures", () => {
  test.concurrent(
    "check passes on the committed fixtures",
    async () => {
      const r = await run("fixtures", "check");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/fixtures check: \d+ files up to date/);
    },
    60_000,
  );
});

describe("experiment", () => {
  test.concurrent(
    "an unknown experiment: one line naming the known ones, exit 2",
    async () => {
      expectOneLineError(await run("experiment", "nope"), /unknown experiment "nope": expected one of initialization/);
    },
    60_000,
  );

  test.concurrent(
    "a folder without the module: one line, exit 2",
    async () => {
      expectOneLineError(await run("experiment", "initialization", "test/submissions/broken"), /broken\/week1\/initialization\.ts \(or \.js\) is missing$/);
    },
    60_000,
  );
});
