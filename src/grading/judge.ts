/**
 * Judges one case from data: what the sandbox reported for the student's call, against the
 * fixture. A call that threw, hung or crashed fails at the `returns` stage; otherwise the case's
 * check decides (by default `values`: type → shape → finite → values; inputs changed by the call are a note).
 * The probe's report comes from the submission's process: it is checked against the check's report
 * schema here, before any judge sees it; a malformed one fails the case.
 * (exported and callable are judged from the module's export list, in `session`.)
 */
import type { FunctionContract } from "../contracts";
import type { FixtureCase } from "../fixtures/types";
import { optionsOfCase, reportProblem } from "./checks/check-schemas";
import { findCheck } from "./checks/registry";
import type { CaseCheck, Verdict } from "./checks/types";
import { withAdvice } from "./checks/values";
import { cleanLine } from "./clean-text";
import type { Described } from "./describe";
import type { CallOutcome } from "./sandbox/sandbox";

export type { Verdict } from "./checks/types";

/** The longest part of a thrown message that feedback shows. */
const THROWN_CHARS = 600;

function notImplemented(message: string): boolean {
  return /not implemented/i.test(message);
}

/**
 * The verdict on one case from the sandbox's `outcome`: a throw, timeout or crash fails at `returns` (a
 * "not implemented" throw says so); a returned value is decided by the case's check.
 */
export function judge(fixtureCase: FixtureCase, fn: FunctionContract, outcome: CallOutcome): Verdict {
  switch (outcome.kind) {
    case "threw":
      return notImplemented(outcome.message)
        ? { passed: false, stage: "returns", lines: [`not implemented yet (${fn.name} throws: ${cleanLine(outcome.message, THROWN_CHARS)})`] }
        : { passed: false, stage: "returns", lines: withAdvice([`${fn.name} threw ${cleanLine(outcome.message, THROWN_CHARS)}`], fixtureCase) };
    case "timeout":
      return { passed: false, stage: "returns", lines: [`${fn.name} did not return within ${outcome.ms} ms (an endless loop?)`] };
    case "crashed":
    case "malformed":
      return { passed: false, stage: "returns", lines: [`the student process ${cleanLine(outcome.message, THROWN_CHARS)}`] };
    case "returned": {
      const check = findCheck(fixtureCase.check);
      if (!check) return { passed: false, stage: "check", lines: [`the fixture names an unknown check "${fixtureCase.check}"`] };
      return judgeReport(check, fixtureCase, fn, outcome.value, outcome.argsAfter);
    }
  }
}

/**
 * `check`'s verdict on the `report` its probe sent: a report that does not follow the check's report
 * schema fails the case (at the check's `reportStage`, default `returns`), and no judge sees it;
 * otherwise the check judges it with the case's decoded options.
 */
export function judgeReport(check: CaseCheck, fixtureCase: FixtureCase, fn: FunctionContract, report: Described, argsAfter: Described[]): Verdict {
  const problem = reportProblem(check, report);
  if (problem !== undefined) {
    return {
      passed: false,
      stage: check.reportStage ?? "returns",
      lines: [`the submission's process sent a malformed report for ${check.name} (${cleanLine(problem, THROWN_CHARS)})`],
    };
  }
  const options = optionsOfCase(check, fixtureCase);
  return check.judge(fixtureCase, fn, report, argsAfter, options);
}

/** How long a judge may take before its case counts as a grader fault (judges see bounded replies: see `sandbox/wire.ts`). */
export const JUDGE_BUDGET_MS = 10_000;

/**
 * `judge`, never throwing: a judge that throws, or takes longer than `JUDGE_BUDGET_MS`, fails its case
 * as a fault of the grader (`fault: true`, exit code 3), not of the submission.
 */
export function judgeSafely(fixtureCase: FixtureCase, fn: FunctionContract, outcome: CallOutcome): Verdict {
  const started = Date.now();
  try {
    const verdict = judge(fixtureCase, fn, outcome);
    const ms = Date.now() - started;
    if (ms > JUDGE_BUDGET_MS)
      return {
        passed: false,
        stage: "judge",
        fault: true,
        lines: [`the grader took ${ms} ms to judge this case (its bound is ${JUDGE_BUDGET_MS} ms): a fault of the grader`],
      };
    return verdict;
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      passed: false,
      stage: "judge",
      fault: true,
      lines: [`the grader could not judge this case (a fault of the grader, not of the submission): ${what.slice(0, 300)}`],
    };
  }
}
