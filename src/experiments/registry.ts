/**
 * The notebooks' experiments by name: which assignment's module each one needs and how to run it.
 */
import {
  batchNormAssignment,
  gradientCheckingAssignment,
  initializationAssignment,
  optimizationAssignment,
  regularizationAssignment,
  tensorflowAssignment,
  type AssignmentContract,
} from "../contracts";
import { UserInputError } from "../errors";
import { batchNormExperiment } from "./batch-norm";
import { gradientCheckingExperiment } from "./gradient-checking";
import { initializationExperiment } from "./initialization";
import { optimizationExperiment } from "./optimization";
import { regularizationExperiment } from "./regularization";
import { tensorflowExperiment } from "./tensorflow";

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

/** Every experiment, by the name `dnn-autograder experiment NAME` accepts. */
export const EXPERIMENTS: readonly Experiment[] = [
  defineExperiment(initializationAssignment, initializationExperiment),
  defineExperiment(regularizationAssignment, regularizationExperiment),
  defineExperiment(gradientCheckingAssignment, gradientCheckingExperiment),
  defineExperiment(optimizationAssignment, optimizationExperiment),
  defineExperiment(tensorflowAssignment, tensorflowExperiment),
  defineExperiment(batchNormAssignment, batchNormExperiment),
];

/** The experiment called `name`; a `UserInputError` listing the known names otherwise. */
export function findExperiment(name: string): Experiment {
  const found = EXPERIMENTS.find((e) => e.name === name);
  if (!found) throw new UserInputError(`unknown experiment "${name}": expected one of ${EXPERIMENTS.map((e) => e.name).join(", ")}`);
  return found;
}
