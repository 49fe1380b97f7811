/**
 * Runs a TensorFlow.js check on a case of week 3's fixtures as grading does, but in this process:
 * decode the case's arguments and options, probe a module, describe what the probe returned, judge it.
 */
import { findAssignment, findFunction } from "../../../src/contracts";
import { decodeValue } from "../../../src/fixtures/encode";
import { loadCases } from "../../../src/fixtures/load";
import type { FixtureCase } from "../../../src/fixtures/types";
import { judgeReport } from "../../../src/grading/judge";
import { describeValue } from "../../../src/grading/describe";
import type { CaseCheck, Verdict } from "../../../src/grading/checks/types";

const CONTRACT = findAssignment("week3/tensorflow");
const CASES = new Map(loadCases("week3/tensorflow").map((c) => [c.id, c]));

export function fixtureCase(id: string): FixtureCase {
  const found = CASES.get(id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
}

/** `check` on case `id` with `submitted` in place of a student's module, and `overrides` of the case's check options. */
export function runCheck(check: CaseCheck, id: string, submitted: Record<string, unknown>, overrides: Record<string, unknown> = {}): Verdict {
  const c = fixtureCase(id);
  const args = c.args.map((a, i) => decodeValue(a, `args/${i}`));
  const options = { ...((c.checkOptions ? decodeValue(c.checkOptions) : {}) as Record<string, unknown>), ...overrides };
  const probed = describeValue(check.probe({ submitted, fn: c.function, args, options }));
  const judged = { ...c, checkOptions: { ...(c.checkOptions ?? {}), ...(overrides as Record<string, never>) } };
  return judgeReport(
    check,
    judged,
    findFunction(CONTRACT, c.function)!,
    probed,
    args.map((a) => describeValue(a)),
  );
}
