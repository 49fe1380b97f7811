/**
 * What a notebook experiment is, and `defineExperiment`, with which each experiment file
 * (`src/experiments/<name>.ts`, named as its assignment without the week) declares itself as
 * `export const experiment = defineExperiment(contract, { runs, run, figureSchema, figures })`;
 * `npm run stubs` lists them.
 */
import type { AssignmentContract } from "../contracts/define";
import type { Schema } from "../figures/data-schema";
import type { Figure } from "../figures/figure";
import { RUN_ALL, type Attempt } from "./attempt";

/** How the `experiment` command runs an experiment: how each run is attempted, and optionally a shorter training. */
export interface ExperimentOptions {
  /** Runs each run (the sandboxed child skips a run that needs unfinished work; `RUN_ALL` runs them as they are). */
  attempt: Attempt;
  /** Iterations (or epochs) of every training run instead of the notebook's (`--iterations`, for quick checks). */
  length?: number;
}

/**
 * A notebook experiment as the `experiment` command and its sandboxed child see it: its name (the
 * assignment's, without the week), the assignment whose module it loads, its runs, how to run it
 * (in the sandbox) and how to draw what it sends back (in the grading process).
 */
export interface Experiment {
  name: string;
  assignment: AssignmentContract;
  /** The runs' labels, in the order they run (what progress counts). */
  runs: readonly string[];
  /** Runs on a loaded submission module, logging as the notebook prints; returns the figure data of the runs that ran (JSON). */
  run(submitted: Record<string, unknown>, log: (line: string) => void, options: ExperimentOptions): unknown;
  /** The ajv JSON Schema the figure data must follow, applied in the grading process. */
  figureSchema: Schema;
  /** The figures of figure data that followed `figureSchema` (may throw `MalformedFigureData`). */
  figures(data: unknown): Figure[];
}

/** What an experiment file declares: its runs' labels, its run on the module's type, its figure data's schema and figures. */
export interface ExperimentDefinition<Module, Data> {
  runs: readonly string[];
  run(submitted: Module, log: (line: string) => void, options: ExperimentOptions): Data;
  figureSchema: Schema;
  figures(data: Data): Figure[];
}

/**
 * The experiment of `assignment`, run on its module's type. The child hands `run` the submission's
 * module with every graded function present (one not exported or not written yet throws when
 * called, and `attempt` skips the run that called it), which is what makes it a `Module`.
 */
export function defineExperiment<Module, Data>(assignment: AssignmentContract<Module>, definition: ExperimentDefinition<Module, Data>): Experiment {
  return {
    name: assignment.name.split("/")[1],
    assignment,
    runs: definition.runs,
    run: (submitted, log, options) => definition.run(submitted as Module, log, options),
    figureSchema: definition.figureSchema,
    figures: (data) => definition.figures(data as Data),
  };
}

export { RUN_ALL, type Attempt };
