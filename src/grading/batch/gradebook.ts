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

/** The gradebook's CSV text, rows in student order. */
export function gradebookCsv(entries: readonly GradebookEntry[], assignments: readonly AssignmentContract[]): string {
  const rows = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => row(e, assignments).map(neutralise));
  return stringify([gradebookHeader(assignments), ...rows]);
}

/**
 * Joins shard gradebooks (their CSV texts, with the file names for messages) into one: the headers
 * must agree and no student may appear twice. Rows come out in student order.
 */
export function mergeGradebooks(shards: readonly { file: string; text: string }[]): string {
  if (shards.length === 0) throw new UserInputError("gradebook merge: give at least one gradebook to merge");
  let header: string[] | undefined;
  const seen = new Map<string, string>();
  const rows: string[][] = [];
  for (const { file, text } of shards) {
    let parsed: string[][];
    try {
      parsed = parse(text, { relax_column_count: false }) as string[][];
    } catch (error) {
      throw new UserInputError(`${file}: not a gradebook CSV (${(error as Error).message})`);
    }
    const [own, ...body] = parsed;
    if (!own || own[0] !== "student") throw new UserInputError(`${file}: not a gradebook (its first column must be "student")`);
    if (header && own.join("\u0000") !== header.join("\u0000"))
      throw new UserInputError(`${file}: its columns differ from the first gradebook's (graded with other assignments?)`);
    header ??= own;
    for (const r of body) {
      const previous = seen.get(r[0]);
      if (previous) throw new UserInputError(`${file}: student ${JSON.stringify(r[0])} is also in ${previous} (shards overlap)`);
      seen.set(r[0], file);
      rows.push(r);
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return stringify([header!, ...rows]);
}
