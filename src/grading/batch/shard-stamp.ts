/**
 * A shard's gradebook says which slice of which class it holds: its last column is headed
 * `shard K/N of M` (M: the student folders of the whole class) and each row's cell is `K/N`. From
 * those stamps `gradebook merge` tells a missing or repeated shard, and drops the column, so that the
 * merged file is the unsharded gradebook.
 */
import { UserInputError } from "../../errors";

/** The slice a gradebook holds: shard `index` (1-based) of `count`, of a class of `classSize` students. */
export interface ShardStamp {
  index: number;
  count: number;
  classSize: number;
}

const STAMP = /^shard (\d+)\/(\d+) of (\d+)$/;

/** The header cell of a shard's last column, e.g. `shard 2/4 of 37`. */
export function stampHeader(stamp: ShardStamp): string {
  return `shard ${stamp.index}/${stamp.count} of ${stamp.classSize}`;
}

/** The cell of each row in that column, e.g. `2/4`. */
export function stampCell(stamp: ShardStamp): string {
  return `${stamp.index}/${stamp.count}`;
}

/** The stamp in a header cell, or undefined when the cell is not one. */
export function parseStampHeader(cell: string | undefined): ShardStamp | undefined {
  const match = cell === undefined ? null : STAMP.exec(cell);
  if (!match) return undefined;
  return { index: Number(match[1]), count: Number(match[2]), classSize: Number(match[3]) };
}

/** How many students shard `index` of `count` holds in a class of `classSize` (every `count`-th from the `index`-th). */
export function expectedShardSize(index: number, count: number, classSize: number): number {
  return index > classSize ? 0 : Math.floor((classSize - index) / count) + 1;
}

/**
 * Checks that the stamped gradebooks given to a merge (file name, stamp, rows) are the shards of one
 * class, each once, none missing (a shard that would hold no student may be left out), each holding as
 * many students as its slice; a `UserInputError` naming the file or the missing shards otherwise.
 */
export function checkShards(shards: readonly { file: string; stamp: ShardStamp; rows: number }[]): void {
  const [first] = shards;
  if (!first) return;
  const byIndex = new Map<number, string>();
  for (const { file, stamp, rows } of shards) {
    if (stamp.count !== first.stamp.count || stamp.classSize !== first.stamp.classSize) {
      throw new UserInputError(
        `${file}: ${stampHeader(stamp)}, but ${first.file} is ${stampHeader(first.stamp)}: gradebooks of different --shard runs or classes`,
      );
    }
    const previous = byIndex.get(stamp.index);
    if (previous) throw new UserInputError(`${file}: shard ${stampCell(stamp)} is also ${previous} (the same shard given twice)`);
    byIndex.set(stamp.index, file);
    const expected = expectedShardSize(stamp.index, stamp.count, stamp.classSize);
    if (rows !== expected) {
      throw new UserInputError(`${file}: shard ${stampCell(stamp)} of ${stamp.classSize} students should hold ${expected} students, it holds ${rows}`);
    }
  }
  const { count, classSize } = first.stamp;
  const missing: string[] = [];
  for (let index = 1; index <= count; index++) {
    if (!byIndex.has(index) && expectedShardSize(index, count, classSize) > 0) missing.push(`${index}/${count}`);
  }
  if (missing.length > 0) {
    const held = shards.reduce((sum, s) => sum + s.rows, 0);
    throw new UserInputError(
      `gradebook merge: shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing (the gradebooks given hold ${held} of the class's ${classSize} students)`,
    );
  }
}
