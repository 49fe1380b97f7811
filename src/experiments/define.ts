/**
 * What a notebook experiment is, and `defineExperiment`, with which each experiment file
 * (`src/experiments/<name>.ts`, named as its assignment without the week) declares itself as
 * `export const experiment = defineExperiment(contract, run)`; `npm run stubs` lists them.
 */
import type { AssignmentContract } from "../contracts/define";

/**
 * A notebook experiment as the `experiment` command and its sandboxed child see it: its name (the
 * assignment's, without the week), the assignment whose module it loads, and how to run it.
 */
export interface Experiment {
  name: string;
  assignment: AssignmentContract;
  /** Runs on a loaded submission module, logging as the notebook prints. */
  run(submitted: Record<string, unknown>, log: (line: string) => void): unknown;
}

/**
 * The experiment of `assignment`, run on its module's type. The child calls `run` only after checking
 * that the submission exports every graded function as a function, which is what makes it a `Module`.
 */
export function defineExperiment<Module>(assignment: AssignmentContract<Module>, run: (submitted: Module, log: (line: string) => void) => unknown): Experiment {
  return { name: assignment.name.split("/")[1], assignment, run: (submitted, log) => run(submitted as Module, log) };
}
