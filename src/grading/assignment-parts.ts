/**
 * One assignment graded in parts, side by side, when a run has more cores than assignments: its cases
 * are dealt out in turn (case 0 to part 0, case 1 to part 1, …, so that each part gets each function's
 * cases in like measure), each part is graded by its own sandboxed child, and the parts' results are
 * put back together in the cases' own order. Every case sees a freshly loaded module in any part, so
 * the result is the one a single child would give; each of P parts may use 1/P of the assignment's
 * time bound, so that a slow submission gets no more time than from a single child.
 */
import type { AssignmentContract } from "../contracts";
import type { FixtureCase } from "../fixtures/types";
import { sumScores, type AssignmentResult, type FunctionResult } from "./result";

/** `cases` dealt into at most `parts` non-empty parts, in turn; each part keeps the cases' order. */
export function dealCases<T>(cases: readonly T[], parts: number): T[][] {
  const count = Math.max(1, Math.min(parts, cases.length));
  const dealt: T[][] = Array.from({ length: count }, () => []);
  cases.forEach((c, i) => dealt[i % count].push(c));
  return dealt;
}

/**
 * The result of `contract` graded on `cases` from the results of its parts: each function's cases in
 * the order of `cases`, the points summed again, and every part's errors, each once, in the order the
 * parts met them.
 */
export function joinParts(contract: AssignmentContract, cases: readonly FixtureCase[], parts: readonly AssignmentResult[]): AssignmentResult {
  if (parts.length === 1) return parts[0];
  const position = new Map(cases.map((c, i) => [`${c.visibility}/${c.id}`, i]));
  const functions: FunctionResult[] = contract.functions.map((f) => {
    const own = parts.flatMap((p) => p.functions.find((g) => g.name === f.name)?.cases ?? []);
    own.sort((a, b) => (position.get(`${a.visibility}/${a.id}`) ?? 0) - (position.get(`${b.visibility}/${b.id}`) ?? 0));
    return { name: f.name, ...sumScores(own), cases: own };
  });
  const errors = [...new Set(parts.flatMap((p) => p.errors))];
  return { name: contract.name, ...sumScores(functions), functions, errors };
}
