/**
 * The class's gradebook as CSV: one row per student with a column per graded function, a total per
 * assignment, the total, the maximum and a status. Written with csv-stringify (quoting as RFC 4180);
 * a cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage
 * return: student folder names are hostile input) is prefixed with an apostrophe.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { AssignmentContract } from "../../contracts";
import { UserInputError } from "../../errors";
import type { GradeResult } from "../result";
import { checkShards, parseStampHeader, stampCell, stampHeader, type ShardStamp } from "./shard-stamp";

/** One student's row before it is written: the id, a status and the result when there is one. */
export interface GradebookEntry {
  id: string;
  status: string;
  result?: GradeResult;
}

/** A cell as a spreadsheet will show it, never as a formula. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The header row for `assignments`. */
export function gradebookHeader(assignments: readonly AssignmentContract[]): string[] {
  return ["student", "status", ...assignments.flatMap((a) => [...a.functions.map((f) => `${a.name}:${f.name}`), `${a.name}:total`]), "total", "max"];
}

/** One row: points per function and assignment (empty where the assignment was not graded). */
function row(entry: GradebookEntry, assignments: readonly AssignmentContract[]): string[] {
  const cells = [entry.id, entry.status];
  for (const a of assignments) {
    const graded = entry.result?.assignments.find((r) => r.name === a.name);
    for (const f of a.functions) {
      const fn = graded?.functions.find((g) => g.name === f.name);
      cells.push(fn ? String(fn.score) : "");
    }
    cells.push(graded ? String(graded.score) : "");
  }
  cells.push(entry.result ? String(entry.result.score) : "", entry.result ? String(entry.result.maxScore) : "");
  return cells;
}

/**
 * The gradebook's CSV text, rows in student order. A shard's gradebook (`shard`) has one more column,
 * its stamp (`shard-stamp.ts`), by which `mergeGradebooks` tells a missing shard.
 */
export function gradebookCsv(entries: readonly GradebookEntry[], assignments: readonly AssignmentContract[], shard?: ShardStamp): string {
  const header = [...gradebookHeader(assignments), ...(shard ? [stampHeader(shard)] : [])];
  const rows = [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => [...row(e, assignments), ...(shard ? [stampCell(shard)] : [])].map(neutralise));
  return stringify([header, ...rows]);
}

/** A gradebook as read back: its columns and rows without the stamp column, and its stamp if it is a shard's. */
interface ReadGradebook {
  file: string;
  header: string[];
  body: string[][];
  stamp?: ShardStamp;
}

/** Parses one gradebook's CSV text; a `UserInputError` naming `file` when it is not a gradebook. */
function readGradebook(file: string, text: string): ReadGradebook {
  let parsed: string[][];
  try {
    parsed = parse(text, { relax_column_count: false }) as string[][];
  } catch (error) {
    throw new UserInputError(`${file}: not a gradebook CSV (${(error as Error).message})`);
  }
  const [full, ...body] = parsed;
  if (!full || full[0] !== "student") throw new UserInputError(`${file}: not a gradebook (its first column must be "student")`);
  const stamp = parseStampHeader(full[full.length - 1]);
  if (!stamp) return { file, header: full, body };
  return { file, header: full.slice(0, -1), body: body.map((r) => r.slice(0, -1)), stamp };
}

/**
 * Joins shard gradebooks (their CSV texts, with the file names for messages) into one: the headers
 * must agree and no student may appear twice; stamped shards (`shard-stamp.ts`) must be the shards of
 * one class, each once, none missing. Rows come out in student order, without the stamp column: the
 * unsharded gradebook.
 */
export function mergeGradebooks(shards: readonly { file: string; text: string }[]): string {
  if (shards.length === 0) throw new UserInputError("gradebook merge: give at least one gradebook to merge");
  const books = shards.map(({ file, text }) => readGradebook(file, text));
  const [first] = books;
  for (const book of books) {
    if (first.stamp && !book.stamp) throw new UserInputError(`${book.file}: not a shard's gradebook, but ${first.file} is (merge the shards of one run)`);
    if (!first.stamp && book.stamp) throw new UserInputError(`${book.file}: a shard's gradebook, but ${first.file} is not (merge the shards of one run)`);
    if (book.header.join("\u0000") !== first.header.join("\u0000"))
      throw new UserInputError(`${book.file}: its columns differ from those of ${first.file} (graded with other assignments?)`);
  }
  checkShards(books.flatMap((b) => (b.stamp ? [{ file: b.file, stamp: b.stamp, rows: b.body.length }] : [])));
  const seen = new Map<string, string>();
  const rows: string[][] = [];
  for (const { file, body } of books) {
    for (const r of body) {
      const previous = seen.get(r[0]);
      if (previous) throw new UserInputError(`${file}: student ${JSON.stringify(r[0])} is also in ${previous} (shards overlap)`);
      seen.set(r[0], file);
      rows.push(r);
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return stringify([first.header, ...rows]);
}
