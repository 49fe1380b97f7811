/**
 * The submissions of a class: every folder directly under the batch folder is one student, named by
 * the folder; `--shard K/N` keeps a deterministic slice (sorted names, every N-th from the K-th), the
 * same on every machine, so that N jobs together grade each student once.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../../errors";

/** One student's submission. */
export interface StudentSubmission {
  id: string;
  dir: string;
  /** Why the folder is refused without grading (a symbolic link in place of a folder). */
  refused?: string;
}

/** A shard: the K-th (1-based) of N slices. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N); a `UserInputError` naming `--shard` otherwise. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UserInputError(`--shard expects K/N with 1 ≤ K ≤ N (e.g. 2/4), got "${text}"`);
  return { index, count };
}

/**
 * The names of the student folders of `batchDir` (symbolic links in their place included, dot-folders
 * and files not), in code point order: the order shards are cut from.
 */
export function studentNames(batchDir: string): string[] {
  const dir = path.resolve(batchDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UserInputError(`--batch ${batchDir}: not a folder of submissions`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The student folders of `batchDir` in name order (code point order), or the slice `shard` of them. A
 * symbolic link in place of a student's folder is listed as refused: it is never followed.
 */
export function listSubmissions(batchDir: string, shard?: Shard): StudentSubmission[] {
  const dir = path.resolve(batchDir);
  const names = studentNames(batchDir);
  const kept = shard ? names.filter((_, i) => i % shard.count === shard.index - 1) : names;
  return kept.map((id) => {
    const own = path.join(dir, id);
    return fs.lstatSync(own).isSymbolicLink()
      ? { id, dir: own, refused: "the submission is a symbolic link (refused: it must be a folder)" }
      : { id, dir: own };
  });
}

/**
 * A file name for a student's report: the id itself when it is made of letters, digits, `.`, `_` and
 * `-` (and does not start with a dot); otherwise those characters kept, the rest replaced by `_`, and a
 * short hash of the id appended so that two ids never share a report.
 */
export function reportName(id: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/.test(id)) return id;
  let hash = 0x811c9dc5;
  for (const ch of id) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `${id
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .replace(/^\./, "_")
    .slice(0, 80)}-${hash.toString(16).padStart(8, "0")}`;
}
