/**
 * Shard stamps: the slice sizes `--shard` cuts, and the merge's checks that the stamped gradebooks are
 * the shards of one class, each once, none missing; and that a merge of stamped shards is the
 * unsharded gradebook.
 */
import { parse } from "csv-parse/sync";
import { findAssignment } from "../../../src/contracts";
import { gradebookCsv, mergeGradebooks, type GradebookEntry } from "../../../src/grading/batch/gradebook";
import { checkShards, expectedShardSize, parseStampHeader, stampHeader } from "../../../src/grading/batch/shard-stamp";

const INIT = [findAssignment("week1/initialization")];
const CLASS = ["amy", "ben", "cal", "dan", "eli", "fay", "=cmd|' /C calc'!A0"].sort();
const entry = (id: string): GradebookEntry => ({ id, status: "could not grade: empty" });

/** The gradebook of shard `index` of `count`, cut from CLASS as `--shard` cuts it. */
function shard(index: number, count: number): { file: string; text: string } {
  const ids = CLASS.filter((_, i) => i % count === index - 1);
  return { file: `shard-${index}.csv`, text: gradebookCsv(ids.map(entry), INIT, { index, count, classSize: CLASS.length }) };
}

test("slice sizes add up to the class, for every shard count", () => {
  for (let count = 1; count <= 9; count++) {
    let sum = 0;
    for (let index = 1; index <= count; index++) {
      const size = expectedShardSize(index, count, CLASS.length);
      expect(size).toBe(CLASS.filter((_, i) => i % count === index - 1).length);
      sum += size;
    }
    expect(sum).toBe(CLASS.length);
  }
});

test("a stamp reads back from its header cell; other cells are not stamps", () => {
  const stamp = { index: 2, count: 4, classSize: 37 };
  expect(stampHeader(stamp)).toBe("shard 2/4 of 37");
  expect(parseStampHeader(stampHeader(stamp))).toEqual(stamp);
  for (const cell of ["max", "shard 2/4", "shard x/4 of 3", undefined]) expect(parseStampHeader(cell)).toBeUndefined();
});

test("a shard's gradebook has a stamp column; the merge of all shards drops it and is the unsharded gradebook", () => {
  const rows = parse(shard(2, 3).text) as string[][];
  expect(rows[0].at(-1)).toBe("shard 2/3 of 7");
  expect(rows.slice(1).map((r) => r.at(-1))).toEqual(["2/3", "2/3"]);
  const whole = gradebookCsv(CLASS.map(entry), INIT);
  for (const count of [1, 2, 3, 7, 9]) {
    const shards = Array.from({ length: count }, (_, k) => shard(k + 1, count)).reverse();
    expect(mergeGradebooks(shards)).toBe(whole);
  }
});

test("a missing shard is named, with how many students the given ones hold", () => {
  expect(() => mergeGradebooks([shard(1, 3), shard(3, 3)])).toThrow(
    "gradebook merge: shard 2/3 missing (the gradebooks given hold 5 of the class's 7 students)",
  );
  expect(() => mergeGradebooks([shard(2, 4)])).toThrow("gradebook merge: shards 1/4, 3/4, 4/4 missing (the gradebooks given hold 2 of the class's 7 students)");
  // A shard that would hold nobody (9 shards of 7 students) may be left out.
  expect(() => mergeGradebooks(Array.from({ length: 7 }, (_, k) => shard(k + 1, 9)))).not.toThrow();
});

test("shards of other runs, a shard given twice, a shard cut short and a mix with an unsharded gradebook are refused", () => {
  expect(() => mergeGradebooks([shard(1, 2), shard(2, 3)])).toThrow(
    "shard-2.csv: shard 2/3 of 7, but shard-1.csv is shard 1/2 of 7: gradebooks of different --shard runs or classes",
  );
  const empty = (name: string) => ({ file: name, text: gradebookCsv([], INIT, { index: 9, count: 9, classSize: 7 }) });
  expect(() =>
    checkShards([
      { file: "a.csv", stamp: { index: 9, count: 9, classSize: 7 }, rows: 0 },
      { file: "b.csv", stamp: { index: 9, count: 9, classSize: 7 }, rows: 0 },
    ]),
  ).toThrow("b.csv: shard 9/9 is also a.csv (the same shard given twice)");
  expect(() => mergeGradebooks([empty("a.csv"), empty("b.csv")])).toThrow(/the same shard given twice/);
  const short = { file: "short.csv", text: gradebookCsv([entry("amy")], INIT, { index: 1, count: 2, classSize: 7 }) };
  expect(() => mergeGradebooks([short, shard(2, 2)])).toThrow("short.csv: shard 1/2 of 7 students should hold 4 students, it holds 1");
  const whole = { file: "whole.csv", text: gradebookCsv(CLASS.map(entry), INIT) };
  expect(() => mergeGradebooks([whole, shard(1, 2)])).toThrow("shard-1.csv: a shard's gradebook, but whole.csv is not (merge the shards of one run)");
  expect(() => mergeGradebooks([shard(1, 2), whole])).toThrow("whole.csv: not a shard's gradebook, but shard-1.csv is (merge the shards of one run)");
});
