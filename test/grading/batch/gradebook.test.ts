import { parse } from "csv-parse/sync";
import { findAssignment } from "../../../src/contracts";
import { gradebookCsv, gradebookHeader, mergeGradebooks, neutralise } from "../../../src/grading/batch/gradebook";

const INIT = findAssignment("week1/initialization");

test("cells a spreadsheet would run as formulas are neutralised; others are kept", () => {
  for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(cell)).toBe(`'${cell}`);
  for (const cell of ["alice", "1", "", "a=b"]) expect(neutralise(cell)).toBe(cell);
});

test("one row per student, in order, quoted as CSV; a row without a result has empty points", () => {
  const csv = gradebookCsv(
    [
      { id: "zed", status: 'could not grade: a, "quoted" reason' },
      { id: '=HYPERLINK("x")', status: "graded" },
    ],
    [INIT],
  );
  const rows = parse(csv) as string[][];
  expect(rows[0]).toEqual(gradebookHeader([INIT]));
  expect(rows[0]).toEqual([
    "student",
    "status",
    "week1/initialization:initializeParametersZeros",
    "week1/initialization:initializeParametersRandom",
    "week1/initialization:initializeParametersHe",
    "week1/initialization:total",
    "total",
    "max",
  ]);
  expect(rows.slice(1).map((r) => r[0])).toEqual(['\'=HYPERLINK("x")', "zed"]);
  expect(rows[2][1]).toBe('could not grade: a, "quoted" reason');
  expect(rows[2].slice(2)).toEqual(["", "", "", "", "", ""]);
});

test("merge joins shards in student order and refuses overlaps, other columns and non-gradebooks", () => {
  const a = gradebookCsv([{ id: "bob", status: "graded" }], [INIT]);
  const b = gradebookCsv([{ id: "alice", status: "points lost" }], [INIT]);
  const merged = parse(
    mergeGradebooks([
      { file: "a.csv", text: a },
      { file: "b.csv", text: b },
    ]),
  ) as string[][];
  expect(merged.map((r) => r[0])).toEqual(["student", "alice", "bob"]);
  expect(() =>
    mergeGradebooks([
      { file: "a.csv", text: a },
      { file: "a2.csv", text: a },
    ]),
  ).toThrow('a2.csv: student "bob" is also in a.csv (shards overlap)');
  const other = gradebookCsv([{ id: "carol", status: "graded" }], [findAssignment("week2/optimization")]);
  expect(() =>
    mergeGradebooks([
      { file: "a.csv", text: a },
      { file: "c.csv", text: other },
    ]),
  ).toThrow(/c\.csv: its columns differ/);
  expect(() => mergeGradebooks([{ file: "x.csv", text: "name,score\nx,1\n" }])).toThrow(/x\.csv: not a gradebook/);
});
