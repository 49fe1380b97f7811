/**
 * The `dnn-autograder` command as a user runs it: exit codes and one-line messages.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("grade", () => {
  test("grades reference/ by default: every point, exit 0", () => {
    const r = run("grade");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ initializeParametersHe\s+3\/3 cases\s+40\/40/);
    expect(r.stdout).toMatch(/^Total (\d+)\/\1$/m);
  });

  test("--format json prints the result model", () => {
    const r = run("grade", "test/submissions/mutants/he-sqrt-1-over-n", "--format", "json");
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.score).toBe(60);
    expect(result.assignments[0].name).toBe("week1/initialization");
    expect(result.assignments[0].functions.map((f: { name: string }) => f.name)).toEqual([
      "initializeParametersZeros",
      "initializeParametersRandom",
      "initializeParametersHe",
    ]);
  });

  test("--public-only grades the public cases alone", () => {
    const r = run("grade", "test/submissions/mutants/hard-coded-public", "--public-only", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 38, maxScore: 38 });
  });

  test("a missing folder: one line, exit 2", () => {
    expectOneLineError(run("grade", "no/such/folder"), /^dnn-autograder: submission folder no\/such\/folder does not exist$/);
  });

  test("a folder without graded modules: one line, exit 2", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-empty-"));
    try {
      expectOneLineError(run("grade", empty), /holds none of the graded modules: expected for example .*week1\/initialization\.ts$/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test("an unknown assignment: one line naming the known ones, exit 2", () => {
    expectOneLineError(run("grade", "--assignment", "week9/nope"), /unknown assignment "week9\/nope": expected one of week1\/initialization/);
  });

  test("an unknown flag: one line, exit 2", () => {
    expectOneLineError(run("grade", "--bogus"), /unknown option '--bogus'/);
  });

  test("a bad --timeout and a bad --format: one line each, exit 2", () => {
    expectOneLineError(run("grade", "--timeout", "soon"), /--timeout expects a positive whole number, got "soon"/);
    expectOneLineError(run("grade", "--format", "xml"), /--format expects console, json, gradescope, classroom, junit, got "xml"/);
  });

  test("a module that does not compile: the report, then one line on stderr, exit 2", () => {
    const r = run("grade", "test/submissions/broken/syntax-error");
    expectOneLineError(r, /^dnn-autograder: could not grade week1\/initialization: week1\/initialization\.ts does not compile: .*\(line 14\)$/);
    expect(r.stdout).toMatch(/^Total 0\/100$/m);
  });

  test("a missing export is unfinished work: the report says so once for the function, exit 1, nothing on stderr", () => {
    const r = run("grade", "test/submissions/broken/missing-export");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout.match(/not implemented yet/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/✗ initializeParametersHe: not implemented yet \(\d+ cases, 40 points\)/);
  });

  test('stubs that throw "not implemented": one line per function, exit 1', () => {
    const r = run("grade", "test/submissions/blank", "-a", "week1/initialization");
    expect(r.code).toBe(1);
    expect(r.stdout.match(/not implemented yet/g)).toHaveLength(3);
    expect(r.stdout).toMatch(/^Total 0\/100$/m);
  });
});

describe("fixtures", () => {
  test("check passes on the committed fixtures", () => {
    const r = run("fixtures", "check");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fixtures check: \d+ files up to date/);
  });
});

describe("experiment", () => {
  test("an unknown experiment: one line naming the known ones, exit 2", () => {
    expectOneLineError(run("experiment", "nope"), /unknown experiment "nope": expected one of initialization/);
  });

  test("a folder without the module: one line, exit 2", () => {
    expectOneLineError(run("experiment", "initialization", "test/submissions/broken"), /broken\/week1\/initialization\.ts \(or \.js\) is missing$/);
  });
});
