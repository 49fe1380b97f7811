/**
 * A student's unfinished work: a graded function that is not exported yet, or whose stub still throws
 * "not implemented". Its cases fail like any other (exit code 1: points lost), but reports say so once
 * per function instead of once per case.
 */
import type { CaseResult, FunctionResult } from "./result";

/** Whether a thrown message is a stub's "not implemented" (any case, anywhere in the message). */
export function isNotImplementedMessage(message: string): boolean {
  return /not implemented/i.test(message);
}

/**
 * The one line that stands for all the cases of `fn` when none passed and every one is unimplemented
 * (`initializeParametersHe: not implemented yet (2 cases, 30 points)`); undefined otherwise.
 */
export function unimplementedSummary(fn: FunctionResult): string | undefined {
  if (fn.cases.length === 0 || !fn.cases.every((c: CaseResult) => c.unimplemented)) return undefined;
  const count = fn.cases.length === 1 ? "1 case" : `${fn.cases.length} cases`;
  return `${fn.name}: not implemented yet (${count}, ${fn.maxScore} points)`;
}
