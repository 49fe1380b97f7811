/**
 * `grade --batch` end to end on a small class (one assignment, public cases, to stay fast): a correct
 * submission, the blank stubs, one that does not compile, an empty folder, a symbolic link in place
 * of a folder and a hostile folder name; shards whose merge reproduces the whole gradebook; strict
 * isolation failing closed.
 */
import { parse } from "csv-parse/sync";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runAsync, type ChildResult } from "../run-async";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");
const HOSTILE = "=cmd|' -C calc'!A0";
let work: string;
let klass: string;

/** The CLI with `args`; the runs of a test go side by side (each waits on its sandboxed children much of the time). */
function run(...args: string[]): Promise<ChildResult> {
  return runAsync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
}

const BASE = ["-a", "week1/initialization", "--public-only", "--jobs", "2"];

/** The whole class graded (`all`) and its two shards, side by side. */
let whole: ChildResult;
let shards: ChildResult[];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-batch-"));
  klass = path.join(work, "class");
  fs.cpSync(path.join(ROOT, "test", "submissions", "correct"), path.join(klass, "alice"), { recursive: true });
  fs.cpSync(path.join(ROOT, "test", "submissions", "blank"), path.join(klass, "bob"), { recursive: true });
  fs.cpSync(path.join(ROOT, "test", "submissions", "broken", "syntax-error"), path.join(klass, HOSTILE), { recursive: true });
  fs.mkdirSync(path.join(klass, "dave"));
  fs.symlinkSync(path.join(klass, "alice"), path.join(klass, "eve"));
  [whole, ...shards] = await Promise.all([
    run("grade", "--batch", klass, "--out", path.join(work, "all"), ...BASE),
    ...[1, 2].map((k) => run("grade", "--batch", klass, "--out", path.join(work, `shard-${k}`), "--shard", `${k}/2`, ...BASE)),
  ]);
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("a row per student with its status, points and a report each; plain progress lines off a terminal; exit 0", () => {
  const out = path.join(work, "all");
  const r = whole;
  expect(r.code).toBe(0);
  expect(r.stderr.split("\n").filter((l) => /^\[\d\/5\] /.test(l))).toHaveLength(5);
  expect(r.stderr).not.toContain("\u001b[");
  const rows = parse(fs.readFileSync(path.join(out, "gradebook.csv"), "utf8")) as string[][];
  const byId = Object.fromEntries(rows.slice(1).map((row) => [row[0], row]));
  expect(Object.keys(byId)).toEqual([`'${HOSTILE}`, "alice", "bob", "dave", "eve"]);
  expect(byId.alice.slice(1)).toEqual(["graded", "8", "15", "15", "38", "38", "38"]);
  expect(byId.bob.slice(1, 2)).toEqual(["points lost"]);
  expect(byId.bob.slice(-2)).toEqual(["0", "38"]);
  expect(byId[`'${HOSTILE}`][1]).toMatch(/^could not grade: week1\/initialization\.ts does not compile/);
  expect(byId.dave[1]).toMatch(/^could not grade: .*is missing|^could not grade: .*holds none/);
  expect(byId.eve[1]).toBe("could not grade: the submission is a symbolic link (refused: it must be a folder)");
  expect(byId.eve.slice(2).every((cell) => cell === "")).toBe(true);
  const written = fs.readdirSync(path.join(out, "reports")).sort();
  const reports = written.filter((name) => name.endsWith(".json"));
  expect(reports).toHaveLength(5);
  expect(written.filter((name) => name.endsWith(".html"))).toEqual(reports.map((name) => name.replace(/\.json$/, ".html")));
  expect(fs.readdirSync(out).sort()).toEqual(["gradebook.csv", "index.html", "reports"]);
  expect(reports).toEqual(expect.arrayContaining(["alice.json", "bob.json", "dave.json", "eve.json"]));
  const hostile = reports.find((name) => name.startsWith("_cmd"));
  expect(hostile).toMatch(/^_cmd___-C_calc__A0-[0-9a-f]{8}\.json$/);
  expect(JSON.parse(fs.readFileSync(path.join(out, "reports", hostile!), "utf8")).assignments[0].errors[0]).toMatch(/does not compile/);
  expect(JSON.parse(fs.readFileSync(path.join(out, "reports", "eve.json"), "utf8"))).toMatchObject({
    exitCode: 2,
    error: expect.stringMatching(/symbolic link/),
  });
  expect(JSON.parse(fs.readFileSync(path.join(out, "reports", "alice.json"), "utf8"))).toMatchObject({ score: 38, maxScore: 38 });
}, 180_000);

test("two shards, merged, give the unsharded gradebook", async () => {
  // The unsharded gradebook is the whole class's, graded above.
  expect(whole.code).toBe(0);
  for (const shard of shards) expect(shard.code).toBe(0);
  const merged = path.join(work, "merged.csv");
  const r = await run("gradebook", "merge", merged, path.join(work, "shard-1", "gradebook.csv"), path.join(work, "shard-2", "gradebook.csv"));
  expect(r.code).toBe(0);
  expect(fs.readFileSync(merged, "utf8")).toBe(fs.readFileSync(path.join(work, "all", "gradebook.csv"), "utf8"));
  const again = await run(
    "gradebook",
    "merge",
    path.join(work, "twice.csv"),
    path.join(work, "shard-1", "gradebook.csv"),
    path.join(work, "shard-1", "gradebook.csv"),
  );
  expect(again.code).toBe(2);
  expect(again.stderr.trim().split("\n")).toHaveLength(1);
  expect(again.stderr).toMatch(/shard 1\/2 is also .*shard-1\/gradebook\.csv \(the same shard given twice\)/);
}, 300_000);

test("strict isolation that cannot be had fails closed before any student: exit 2, one line, no gradebook", () => {
  const out = path.join(work, "closed");
  const r = spawnSync(process.execPath, [BIN, "grade", "--batch", klass, "--out", out, ...BASE], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DNN_AUTOGRADER_BWRAP: "/nonexistent/bwrap" },
  });
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^dnn-autograder: strict isolation is not available here/)]);
  expect(fs.existsSync(path.join(out, "gradebook.csv"))).toBe(false);
});

test("bad input: --batch without --out, a folder and --batch, a bad --shard: one line each, exit 2", async () => {
  const runs = await Promise.all(
    [
      ["grade", "--batch", klass],
      ["grade", "reference", "--batch", klass, "--out", path.join(work, "x")],
      ["grade", "--batch", klass, "--out", path.join(work, "y"), "--shard", "3/2"],
      ["grade", "--batch", path.join(work, "nowhere"), "--out", path.join(work, "z")],
    ].map((args) => run(...args)),
  );
  for (const r of runs) {
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--batch|--shard/);
  }
}, 60_000);
