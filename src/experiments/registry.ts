/**
 * The notebooks' experiments by name: which assignment's module each one needs and how to run it.
 */
import { findAssignment, type AssignmentContract } from "../contracts";
import { UserInputError } from "../errors";
import { gradientCheckingExperiment } from "./gradient-checking";
import { initializationExperiment } from "./initialization";
import { optimizationExperiment } from "./optimization";
import { regularizationExperiment } from "./regularization";
import { tensorflowExperiment } from "./tensorflow";
import { batchNormExperiment } from "./batch-norm";

/**
 * A notebook experiment as the `experiment` command and its sandboxed child see it: its name, the
 * assignment whose module it loads, and how to run it.
 */
export interface Experiment {
  name: string;
  assignment: AssignmentContract;
  /** Runs on a loaded submission module, logging as the notebook prints. */
  run(submitted: Record<string, unknown>, log: (line: string) => void): unknown;
}

/** Every experiment, by the name `dnn-autograder experiment NAME` accepts. */
export const EXPERIMENTS: readonly Experiment[] = [
  {
    name: "initialization",
    assignment: findAssignment("week1/initialization"),
    run: (submitted, log) => initializationExperiment(submitted as never, log),
  },
  { name: "regularization", assignment: findAssignment("week1/regularization"), run: (submitted, log) => regularizationExperiment(submitted as never, log) },
  {
    name: "gradient-checking",
    assignment: findAssignment("week1/gradient-checking"),
    run: (submitted, log) => gradientCheckingExperiment(submitted as never, log),
  },
  { name: "optimization", assignment: findAssignment("week2/optimization"), run: (submitted, log) => optimizationExperiment(submitted as never, log) },
  { name: "tensorflow", assignment: findAssignment("week3/tensorflow"), run: (submitted, log) => tensorflowExperiment(submitted as never, log) },
  { name: "batch-norm", assignment: findAssignment("week3/batch-norm"), run: (submitted, log) => batchNormExperiment(submitted as never, log) },
];

/** The experiment called `name`; a `UserInputError` listing the known names otherwise. */
export function findExperiment(name: string): Experiment {
  const found = EXPERIMENTS.find((e) => e.name === name);
  if (!found) throw new UserInputError(`unknown experiment "${name}": expected one of ${EXPERIMENTS.map((e) => e.name).join(", ")}`);
  return found;
}
