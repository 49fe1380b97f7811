/**
 * The check registry: names are unique across it, so the sandbox child, which loads `values` and the
 * served assignment's own check file before the module (and the whole registry only when it needs
 * more), finds the same check for a name as the registry does.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../../src/contracts/assignments";
import { CHECKS, findCheck } from "../../../src/grading/checks/registry";
import type { CaseCheck } from "../../../src/grading/checks/types";

test("every check has a name of its own", () => {
  const names = CHECKS.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
});

test("values is the default, and each assignment's own checks are the registry's", () => {
  expect(findCheck()?.name).toBe("values");
  for (const contract of ASSIGNMENTS) {
    const file = path.join(__dirname, "..", "..", "..", "src", "grading", "checks", `${contract.module}.ts`);
    if (!fs.existsSync(file)) continue;
    const own = (require(file) as { checks?: readonly CaseCheck[] }).checks ?? [];
    for (const check of own) expect(findCheck(check.name)).toBe(check);
  }
});
