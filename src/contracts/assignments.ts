/**
 * Looking assignments up by name in `ASSIGNMENTS`, the list `npm run stubs` generates from the contract
 * files (`src/contracts/week<N>/<name>.ts`) in course order; every other part of the harness looks
 * assignments up here.
 */
import { UserInputError } from "../errors";
import type { AssignmentContract, FunctionContract } from "./define";
import { ASSIGNMENTS } from "./assignment-list";

export type { AssignmentContract, FunctionContract } from "./define";
export { ASSIGNMENTS };

/** The contract for `name`, or a clear error listing the known assignments. */
export function findAssignment(name: string): AssignmentContract {
  const found = ASSIGNMENTS.find((a) => a.name === name);
  if (!found) {
    const known = ASSIGNMENTS.map((a) => a.name).join(", ");
    throw new UserInputError(`unknown assignment "${name}": expected one of ${known}`);
  }
  return found;
}

/** The contract of function `name` in `assignment`, or undefined when it is not graded there. */
export function findFunction(assignment: AssignmentContract, name: string): FunctionContract | undefined {
  return assignment.functions.find((f) => f.name === name);
}
