/**
 * `gradebook merge` and `grade --batch --shard` at the command line, without grading anyone: a missing
 * shard and a mix of runs are one line each (exit 2, nothing written); a shard holding no student
 * writes a gradebook of its header alone (exit 0), which the merge accepts.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findAssignment } from "../../src/contracts";
import { gradebookCsv } from "../../src/grading/batch/gradebook";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");
const INIT = [findAssignment("week1/initialization")];
let work: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes the gradebook of shard `index` of `count` of a class of `ids` into `work`, as `grade --batch --shard` would. */
function writeShard(ids: readonly string[], index: number, count: number): string {
  const file = path.join(work, `shard-${index}-of-${count}.csv`);
  const mine = ids.filter((_, i) => i % count === index - 1).map((id) => ({ id, status: "could not grade: empty" }));
  fs.writeFileSync(file, gradebookCsv(mine, INIT, { index, count, classSize: ids.length }));
  return file;
}

beforeAll(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-merge-"))));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("a missing shard is named on one line, exit 2, and no merged file is written", () => {
  const ids = ["amy", "ben", "cal", "dan", "eve"];
  const out = path.join(work, "merged.csv");
  const r = run("gradebook", "merge", out, writeShard(ids, 1, 3), writeShard(ids, 3, 3));
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual(["dnn-autograder: gradebook merge: shard 2/3 missing (the gradebooks given hold 3 of the class's 5 students)"]);
  expect(fs.existsSync(out)).toBe(false);
  const all = run("gradebook", "merge", out, writeShard(ids, 1, 3), writeShard(ids, 2, 3), writeShard(ids, 3, 3));
  expect(all.code).toBe(0);
  expect(fs.readFileSync(out, "utf8")).toBe(
    gradebookCsv(
      ids.map((id) => ({ id, status: "could not grade: empty" })),
      INIT,
    ),
  );
});

test("shards of different runs are refused on one line", () => {
  const r = run("gradebook", "merge", path.join(work, "x.csv"), writeShard(["a", "b", "c"], 1, 2), writeShard(["a", "b", "c"], 2, 3));
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/shard-2-of-3\.csv: shard 2\/3 of 3, but .*shard-1-of-2\.csv is shard 1\/2 of 3: gradebooks of different --shard runs or classes/);
});

test("a shard that holds no student writes its header alone and exits 0", () => {
  const klass = path.join(work, "class");
  for (const id of ["amy", "ben"]) fs.mkdirSync(path.join(klass, id), { recursive: true });
  const out = path.join(work, "empty-shard");
  const r = run("grade", "--batch", klass, "--out", out, "--shard", "3/3", "--isolation", "basic");
  expect(r.code).toBe(0);
  const text = fs.readFileSync(path.join(out, "gradebook.csv"), "utf8");
  expect(text.trim().split("\n")).toHaveLength(1);
  expect(text.trim().split(",").at(-1)).toBe("shard 3/3 of 2");
});
