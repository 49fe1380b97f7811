import { UserInputError } from "../errors";
import type { AssignmentContract, FunctionContract } from "./define";
import { gradientCheckingAssignment } from "./week1/gradient-checking";
import { initializationAssignment } from "./week1/initialization";
import { regularizationAssignment } from "./week1/regularization";
import { optimizationAssignment } from "./week2/optimization";
import { batchNormAssignment } from "./week3/batch-norm";
import { tensorflowAssignment } from "./week3/tensorflow";

export type { AssignmentContract, FunctionContract } from "./define";

/**
 * Every assignment of the course, in course order (week 1 to week 3): the list of the contracts each
 * assignment declares beside its module's interface (`src/contracts/<week>/<name>.ts`). Every other
 * part of the harness looks assignments up here.
 */
export const ASSIGNMENTS: readonly AssignmentContract[] = [
  initializationAssignment,
  regularizationAssignment,
  gradientCheckingAssignment,
  optimizationAssignment,
  batchNormAssignment,
  tensorflowAssignment,
];

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
