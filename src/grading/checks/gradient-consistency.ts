/**
 * The `gradient-consistency` check, for a case of a backward function: is the student's backward
 * the gradient of the student's own forward? The case's `checkOptions`:
 * `{ problem: "week1/regularization/l2", seed?, upstreamSeed = 0, epsilon = 1e-6, consistency = 1e-6 }`
 * (`problem` from ./gradient-problems; `upstreamSeed` draws dOut; `consistency` is the largest
 * relative difference ‖a − n‖/(‖a‖ + ‖n‖) accepted between backward and finite differences).
 *
 * - probe (sandbox): the backward on the case's own arguments; then, at θ, the forward's value,
 *   the backward on the forward's own result given a random dOut, and two-sided differences of
 *   `Σ dOut ⊙ forward` (../finite-difference).
 * - expected (generation, with the reference): `{ value, gradients }`, the forward's value at θ and the
 *   backward's gradients on the case's arguments.
 * - judge: the backward is right when its gradients on the case's arguments match (the case's
 *   tolerance); the forward is right when its value matches; consistent when backward and differences
 *   agree. Passing needs a right backward; an inconsistency with a right forward is a note, not a loss
 *   of points (the differences are computed in the submission's process, which could forge them). A
 *   mistake in the forward alone is charged to the forward's own cases, never here. A failure says which:
 *   "forward wrong" (its value differs; the backward follows it or not) or "backward inconsistent
 *   with your own forward".
 */
import type { FunctionContract } from "../../contracts";
import type { FixtureCase } from "../../fixtures/types";
import { RandomState } from "../../random";
import { compareValues, formatPair, sci, type Mismatch } from "../compare";
import type { Described } from "../describe";
import { checkGradients, relativeDifferenceOf } from "../finite-difference";
import { defineCheck } from "./define-check";
import { findGradientProblem, GRADIENT_PROBLEMS, type GradientProblem } from "./gradient-problems";
import type { GradientOptions } from "./problems/common";
import { ANY, NUMBER, objectOf, STRING, type DescribedObject, type DescribedString, type DescribedTensor } from "./report-schema";
import type { CaseCheck, ProbeContext, Verdict } from "./types";
import { caseDiff, expectedOf, mismatchLines, passedWithNotes, withAdvice } from "./values";

const DEFAULTS = { upstreamSeed: 0, epsilon: 1e-6, consistency: 1e-6 };

/** What the probe reports: the backward on the case's arguments, then the check at θ, or why the forward failed. */
type Report = DescribedObject<{
  atArguments: Described;
  value?: Described;
  gradients?: Described;
  numeric?: Described;
  noise?: DescribedTensor;
  forwardError?: DescribedString;
}>;

type Entries = Report["entries"];

function problemOf(options: GradientOptions): GradientProblem {
  const problem = findGradientProblem(options.problem);
  if (!problem) throw new Error(`checkOptions.problem "${String(options.problem)}" is not a known gradient problem`);
  return problem;
}

const numberOption = (options: GradientOptions, key: keyof typeof DEFAULTS): number => options[key] ?? DEFAULTS[key];

/** Renames input-keyed gradients to the backward's own names (W1 → dW1). */
function labelled(problem: GradientProblem, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [input, label] of Object.entries(problem.labels)) out[label] = values[input];
  return out;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function probe({ submitted, args, options }: ProbeContext<GradientOptions>): unknown {
  const problem = problemOf(options);
  const setup = problem.setup(submitted, args, options);
  // Not caught: a backward that throws (or is not implemented) fails like any call.
  const atArguments = labelled(problem, setup.atArguments());
  try {
    const report = checkGradients(setup.fn, setup.inputs, {
      rng: new RandomState(numberOption(options, "upstreamSeed")),
      epsilon: numberOption(options, "epsilon"),
      wrt: Object.keys(problem.labels),
    });
    return {
      atArguments,
      value: report.value,
      gradients: labelled(problem, report.analytic),
      numeric: labelled(problem, report.numeric),
      noise: report.noise,
    };
  } catch (error) {
    return { atArguments, forwardError: errorText(error) };
  }
}

function expected(context: ProbeContext<GradientOptions>): unknown {
  const problem = problemOf(context.options);
  const why = problem.checkArguments?.(context.submitted, context.args, context.options);
  if (why) throw new Error(`gradient-consistency: ${why}`);
  const setup = problem.setup(context.submitted, context.args, context.options);
  return { value: setup.fn.forward(setup.inputs), gradients: labelled(problem, setup.atArguments()) };
}

const entriesOf = (d: Described | undefined): Record<string, Described> => (d?.kind === "object" ? d.entries : {});

/** The worst relative difference between the backward's gradients and the differences, by label (NaN wins). */
function worstInconsistency(problem: GradientProblem, probed: Entries): { label: string; difference: number } {
  const gradients = entriesOf(probed.gradients);
  const numeric = entriesOf(probed.numeric);
  const noise = probed.noise?.data[0] ?? 0;
  let worst = { label: "", difference: -Infinity };
  for (const label of Object.values(problem.labels)) {
    const a = gradients[label];
    const n = numeric[label];
    const sameShape = a?.kind === "tensor" && n?.kind === "tensor" && a.shape.join() === n.shape.join();
    const difference = sameShape ? relativeDifferenceOf(a.data, n.data, Math.max(noise * Math.sqrt(n.data.length), 1e-12)) : Infinity;
    if (Number.isNaN(difference)) return { label, difference };
    if (difference > worst.difference) worst = { label, difference };
  }
  return worst;
}

/** The first differing entry of `label` between the backward and the differences (public cases only). */
function inconsistencyDetail(probed: Entries, label: string): string | undefined {
  const a = entriesOf(probed.gradients)[label];
  const n = entriesOf(probed.numeric)[label];
  if (a?.kind !== "tensor" || n?.kind !== "tensor") return undefined;
  if (a.shape.join() !== n.shape.join()) return `your ${label} has shape (${a.shape.join(", ")}); the parameter has (${n.shape.join(", ")})`;
  let k = 0;
  let worst = -1;
  for (let i = 0; i < a.data.length; i++) {
    const d = Math.abs(a.data[i] - n.data[i]);
    if (d > worst || Number.isNaN(d)) {
      worst = d;
      k = i;
    }
    if (Number.isNaN(d)) break;
  }
  const [x, y] = formatPair(a.data[k] ?? NaN, n.data[k] ?? NaN);
  return `largest gap at entry ${k} (row-major), for a random upstream gradient: backward ${x}, finite differences ${y}`;
}

function judge(fixtureCase: FixtureCase, fn: FunctionContract, report: Report, options: GradientOptions): Verdict {
  const problem = problemOf(options);
  const hidden = fixtureCase.visibility === "hidden";
  const expected = entriesOf(expectedOf(fixtureCase));
  const probed = report.entries;
  const backwardMismatch = compareValues(expected.gradients, probed.atArguments, fixtureCase.tolerance);
  const forwardError = probed.forwardError?.value;
  const forwardMismatch: Mismatch | undefined = forwardError
    ? { stage: "values", path: "", summary: `${problem.forward} threw ${forwardError}`, details: [] }
    : compareValues(expected.value, probed.value ?? { kind: "other", type: "nothing" }, fixtureCase.tolerance, "J");
  const tolerance = numberOption(options, "consistency");
  const worst = forwardError ? undefined : worstInconsistency(problem, probed);
  const consistent = worst !== undefined && worst.difference <= tolerance;
  const inconsistentLine = (w: { label: string; difference: number }) =>
    `backward inconsistent with your own forward: ${w.label} differs from finite differences of ${problem.forward}` +
    ` (relative difference ${Number.isFinite(w.difference) ? sci(w.difference) : String(w.difference)}; at most ${sci(tolerance)})`;
  if (!backwardMismatch && (consistent || forwardMismatch)) return { passed: true, stage: "ok", lines: ["ok"] };
  if (!backwardMismatch && worst) {
    // Right on the case's arguments; the finite differences are the submission's process's word (a note).
    return passedWithNotes([inconsistentLine(worst), `your forward is right, so the mistake is in ${fn.name}`]);
  }

  const lines: string[] = [];
  const forwardLines = () => {
    const head = forwardError
      ? `forward wrong: ${problem.forward} threw ${forwardError}`
      : `forward wrong: ${problem.forward} gives a different value of J at these parameters (value mismatch)`;
    lines.push(head);
    if (!forwardError && forwardMismatch && !hidden) lines.push(...forwardMismatch.details);
  };
  if (!forwardMismatch && worst && !consistent) {
    lines.push(inconsistentLine(worst));
    if (!hidden) lines.push(inconsistencyDetail(probed, worst.label) ?? "");
    lines.push(`your forward is right, so the mistake is in ${fn.name}`);
  } else if (forwardMismatch && consistent) {
    forwardLines();
    lines.push(`${fn.name} agrees with finite differences of that forward, so the same mistake is likely in both: fix the forward, then the backward with it`);
  } else if (forwardMismatch) {
    forwardLines();
    lines.push(worst ? `and ${inconsistentLine(worst)}` : `so ${fn.name} could not be checked against it`);
  } else {
    lines.push(
      `${fn.name} agrees with finite differences of your own forward, but not with the course's gradients on the case's cache: check which entries of the cache it reads`,
    );
  }
  if (backwardMismatch) lines.push(...mismatchLines({ ...backwardMismatch, summary: `on the case's arguments: ${backwardMismatch.summary}` }, fixtureCase));
  const diff = backwardMismatch ? caseDiff(backwardMismatch, fixtureCase) : undefined;
  return {
    passed: false,
    stage: "consistency",
    lines: withAdvice(
      lines.filter((l) => l !== ""),
      fixtureCase,
    ),
    ...(diff ? { diff } : {}),
  };
}

/** The `gradient-consistency` check (see the module comment). */
export const gradientConsistencyCheck: CaseCheck = defineCheck<GradientOptions, Report>({
  name: "gradient-consistency",
  options: {
    type: "object",
    required: ["problem"],
    properties: {
      problem: { enum: GRADIENT_PROBLEMS.map((p) => p.name) },
      seed: { type: "integer" },
      upstreamSeed: { type: "integer" },
      epsilon: { type: "number", exclusiveMinimum: 0 },
      consistency: { type: "number", exclusiveMinimum: 0 },
    },
    additionalProperties: false,
  },
  report: {
    description: "an object of atArguments, value, gradients, numeric and noise, or of atArguments and forwardError",
    anyOf: [objectOf({ atArguments: ANY, value: ANY, gradients: ANY, numeric: ANY, noise: NUMBER }), objectOf({ atArguments: ANY, forwardError: STRING })],
  },
  reportStage: "consistency",
  probe,
  expected,
  judge: (fixtureCase, fn, report, _argsAfter, options) => judge(fixtureCase, fn, report, options),
});

export { probe as probeConsistency };
