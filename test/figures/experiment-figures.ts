/**
 * Runs an experiment in the test process on a module (short trainings), checks its figure data as
 * the grading process does (`figuresOf`) and renders every figure: what the per-experiment figure
 * tests look at.
 */
import { RUN_ALL } from "../../src/experiments/define";
import { findExperiment } from "../../src/experiments/registry";
import { figuresOf } from "../../src/figures/figure-check";
import type { Figure } from "../../src/figures/figure";
import { renderSvg } from "../../src/figures/render";

/** The experiment `name` run on `module` with `length` iterations: its figure data, figures and their SVGs by id. */
export async function renderExperiment(name: string, module: object, length?: number) {
  const experiment = findExperiment(name);
  const data = experiment.run(module as Record<string, unknown>, () => undefined, { attempt: RUN_ALL, ...(length ? { length } : {}) });
  const checked = figuresOf(experiment, JSON.parse(JSON.stringify(data)));
  if (!checked.ok) throw new Error(checked.message);
  const svgs: Record<string, string> = {};
  for (const figure of checked.figures) svgs[figure.id] = await renderSvg(figure.spec);
  return { data, figures: checked.figures as Figure[], svgs };
}
