import { UserInputError } from "../errors";

/**
 * The registry of assignments: their names, the module path of the graded file (relative to a
 * submission folder, without extension) and the graded functions in the notebook's order.
 * Every other part of the harness looks assignments up here.
 */
export interface AssignmentContract {
  /** `weekN/name`, e.g. `week1/initialization`. */
  readonly name: string;
  /** Notebook title, for reports. */
  readonly title: string;
  /** Path of the graded module inside a submission folder, without `.ts`/`.js`. */
  readonly module: string;
  /** The graded exports, in the order the notebook introduces them. */
  readonly functions: readonly FunctionContract[];
}

/** A graded function: its export name and the names of its parameters, for messages. */
export interface FunctionContract {
  readonly name: string;
  readonly params: readonly string[];
}

export const ASSIGNMENTS: readonly AssignmentContract[] = [
  {
    name: "week1/initialization",
    title: "Initialization",
    module: "week1/initialization",
    functions: [
      { name: "initializeParametersZeros", params: ["layersDims"] },
      { name: "initializeParametersRandom", params: ["layersDims", "rng"] },
      { name: "initializeParametersHe", params: ["layersDims", "rng"] },
    ],
  },
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
