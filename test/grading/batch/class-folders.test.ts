import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listSubmissions, parseShard, reportName } from "../../../src/grading/batch/class-folders";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-batch-list-"));
  for (const name of ["carol", "alice", "bob", "dave", "eve", ".hidden"]) fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, "notes.txt"), "not a student");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("every folder is a student, in name order; files and dot-folders are not", () => {
  expect(listSubmissions(dir).map((s) => s.id)).toEqual(["alice", "bob", "carol", "dave", "eve"]);
});

test("shards are disjoint, deterministic and together hold every student", () => {
  const shards = [1, 2, 3].map((k) => listSubmissions(dir, { index: k, count: 3 }).map((s) => s.id));
  expect(shards).toEqual([["alice", "dave"], ["bob", "eve"], ["carol"]]);
  expect(shards.flat().sort()).toEqual(listSubmissions(dir).map((s) => s.id));
});

test("--shard K/N: 1 ≤ K ≤ N, one clear message otherwise", () => {
  expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
  for (const bad of ["0/3", "4/3", "1/0", "a/b", "2"]) expect(() => parseShard(bad)).toThrow(/--shard expects K\/N with 1 ≤ K ≤ N/);
});

test("a report name is the id when safe, else a sanitised name with a hash, never two ids the same", () => {
  expect(reportName("alice_2024-b")).toBe("alice_2024-b");
  const hostile = ["=cmd|' /C calc'!A0", "../../etc/passwd", ".bashrc", "a/b", "a\\b", "a b"];
  const names = hostile.map(reportName);
  for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*-[0-9a-f]{8}$/);
  expect(new Set(names).size).toBe(hostile.length);
  expect(reportName("a/b")).not.toBe(reportName("a\\b"));
});
