/**
 * The notebooks' experiments by name: `EXPERIMENTS`, which `npm run stubs` generates from the
 * experiment files (`src/experiments/<name>.ts`, each declared with `defineExperiment`), and the lookup.
 */
import { UserInputError } from "../errors";
import type { Experiment } from "./define";
import { EXPERIMENTS } from "./experiment-list";

export { defineExperiment, type Experiment } from "./define";
export { EXPERIMENTS };

/** The experiment called `name`; a `UserInputError` listing the known names otherwise. */
export function findExperiment(name: string): Experiment {
  const found = EXPERIMENTS.find((e) => e.name === name);
  if (!found) throw new UserInputError(`unknown experiment "${name}": expected one of ${EXPERIMENTS.map((e) => e.name).join(", ")}`);
  return found;
}
