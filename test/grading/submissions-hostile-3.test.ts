/** The hostile corpus, one third of it: the resource and integrity attacks (see hostile-runner.ts). */
import * as fs from "node:fs";
import * as path from "node:path";
import { HOSTILE } from "./hostile-corpus";
import { describeHostile } from "./hostile-runner";
import { SUBMISSIONS } from "./corpus";

describeHostile(
  HOSTILE.filter((s) => s.kind === "resources" || s.kind === "integrity"),
  64_270,
);

test("every folder of the hostile corpus is listed, with at least 40 attacks", () => {
  const folders = fs
    .readdirSync(path.join(SUBMISSIONS, "hostile"))
    .map((d) => `hostile/${d}`)
    .sort();
  // mutates-input is not an attack on the grader: its notes are tested in submissions.test.ts.
  expect(folders.filter((d) => d !== "hostile/mutates-input")).toEqual(HOSTILE.map((s) => s.dir).sort());
  expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  expect(new Set(HOSTILE.map((s) => s.kind))).toEqual(new Set(["reading", "native", "lying", "grader", "resources", "integrity"]));
});
