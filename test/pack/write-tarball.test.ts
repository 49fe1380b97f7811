/**
 * The tarball writer: links followed (the files they point to are archived), excluded entries left
 * out, the file renamed into place whole; a failure is one UserInputError and leaves nothing behind.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserInputError } from "../../src/errors";
import { writeTarballWhole } from "../../src/pack/write-tarball";

let work: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-write-tarball-"));
});

afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

test("archives the targets of links as files under their linked names, without what is excluded", () => {
  const elsewhere = path.join(work, "elsewhere");
  fs.mkdirSync(path.join(elsewhere, "lib"), { recursive: true });
  fs.writeFileSync(path.join(elsewhere, "lib", "index.js"), "module.exports = 1;\n");
  fs.writeFileSync(path.join(elsewhere, "lib", "index.js.map"), "{}");
  const stage = path.join(work, "stage");
  fs.mkdirSync(path.join(stage, "package", "node_modules"), { recursive: true });
  fs.writeFileSync(path.join(stage, "package", "package.json"), "{}\n");
  fs.symlinkSync(elsewhere, path.join(stage, "package", "node_modules", "dep"));
  const file = path.join(work, "out", "x.tgz");
  const bytes = writeTarballWhole(file, { cwd: stage, entries: ["package"], level: 4, exclude: (entry) => entry.endsWith(".map") });
  expect(bytes).toBe(fs.statSync(file).size);
  const listing = execFileSync("tar", ["-tvzf", file], { encoding: "utf8" }).trim().split("\n");
  const files = listing.filter((l) => l.startsWith("-")).map((l) => l.split(/\s+/).pop());
  expect(files.sort()).toEqual(["package/node_modules/dep/lib/index.js", "package/package.json"]);
  expect(listing.filter((l) => l.startsWith("l") || l.startsWith("h"))).toEqual([]);
  expect(fs.readdirSync(path.join(work, "out"))).toEqual(["x.tgz"]);
});

test("a link to nothing is one UserInputError naming the file, and no tarball or partial file is left", () => {
  const stage = path.join(work, "stage");
  fs.mkdirSync(path.join(stage, "package"), { recursive: true });
  fs.symlinkSync(path.join(work, "missing"), path.join(stage, "package", "gone"));
  const file = path.join(work, "out", "x.tgz");
  expect(() => writeTarballWhole(file, { cwd: stage, entries: ["package"], level: 4 })).toThrow(UserInputError);
  expect(() => writeTarballWhole(file, { cwd: stage, entries: ["package"], level: 4 })).toThrow(/^cannot write .*x\.tgz: ENOENT/);
  expect(fs.readdirSync(path.join(work, "out"))).toEqual([]);
});
