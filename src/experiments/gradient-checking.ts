/**
 * The Gradient Checking notebook's experiment, on a submission's functions: the 1-D check of
 * `J = θ·x` at x = 3, θ = 4, then the N-dimensional check on the notebook's net, first with the
 * gradients of the provided `backwardPropagationN` (the course's two deliberate mistakes: dW2
 * doubled, db1 with 4/m), then with those of `backwardPropagationNCorrected`. The checks print the
 * course's messages themselves (`printMsg = true`); a line after each says what was expected.
 */
import { gradientCheckingAssignment, type GradientCheckingModule } from "../contracts";
import { defineExperiment, RUN_ALL, type Attempt } from "./define";
import { pythonFloat } from "../course/format";
import {
  backwardPropagationN,
  backwardPropagationNCorrected,
  DIFFERENCE_THRESHOLD,
  forwardPropagationN,
  gradientCheckNTestCase,
} from "../course/week1/gradient-checking";
import { gradientCheckingFigures, gradientCheckingFigureSchema, type GradientCheckingFigureData } from "../figures/gradient-checking";
import { toWire } from "../figures/wire-numbers";

/** The differences the Gradient Checking experiment's three checks return (a check that did not run is absent). */
export interface GradientCheckingRun {
  /** gradientCheck(3, 4, 1e-7, true). */
  oneDimensional?: number;
  /** gradientCheckN with backwardPropagationN's gradients: above 2e-7 when the check works. */
  withMistakes?: number;
  /** gradientCheckN with backwardPropagationNCorrected's gradients: at most 2e-7 when the check works. */
  corrected?: number;
}

const CHECKS = [
  { key: "oneDimensional", id: "one-dimensional", label: "1-D check", shouldFail: false },
  { key: "withMistakes", id: "with-mistakes", label: "N-D check of backwardPropagationN", shouldFail: true },
  { key: "corrected", id: "corrected", label: "N-D check of backwardPropagationNCorrected", shouldFail: false },
] as const;

/**
 * Runs the submission's `gradientCheck` (x = 3, θ = 4) and `gradientCheckN` (on the notebook's net,
 * with the provided buggy and then corrected gradients, `epsilon = 1e-7`), logging whether each
 * difference is on the expected side of 2e-7. Each check goes through `attempt`.
 */
export function gradientCheckingExperiment(
  submitted: GradientCheckingModule,
  log: (line: string) => void = console.log,
  attempt: Attempt = RUN_ALL,
): GradientCheckingRun {
  const verdict = (difference: number, shouldFail: boolean) => {
    const failed = difference > DIFFERENCE_THRESHOLD;
    const ok = failed === shouldFail;
    log(`→ difference ${pythonFloat(difference)} is ${failed ? "above" : "at or below"} 2e-7: ${ok ? "as expected" : "NOT as expected"}`);
    return difference;
  };
  const result: GradientCheckingRun = {};
  const oneDimensional = attempt(CHECKS[0].label, () => {
    log("=== 1-D: gradientCheck(3, 4, 1e-7, true) ===");
    return verdict(submitted.gradientCheck(3, 4, 1e-7, true), false);
  });
  if (oneDimensional !== undefined) result.oneDimensional = oneDimensional;

  const { X, Y, parameters } = gradientCheckNTestCase();
  const { cache } = forwardPropagationN(X, Y, parameters);
  const withMistakes = attempt(CHECKS[1].label, () => {
    log("\n=== N-dimensional, with the provided backwardPropagationN (dW2 doubled, db1 with 4/m) ===");
    return verdict(submitted.gradientCheckN(parameters, backwardPropagationN(X, Y, cache), X, Y, 1e-7, true), true);
  });
  if (withMistakes !== undefined) result.withMistakes = withMistakes;
  const corrected = attempt(CHECKS[2].label, () => {
    log("\n=== N-dimensional, with backwardPropagationNCorrected ===");
    return verdict(submitted.gradientCheckN(parameters, backwardPropagationNCorrected(X, Y, cache), X, Y, 1e-7, true), false);
  });
  if (corrected !== undefined) result.corrected = corrected;
  return result;
}

/** The figure data of the checks that ran. */
function figureData(run: GradientCheckingRun): GradientCheckingFigureData {
  return {
    runs: CHECKS.flatMap((c) => {
      const difference = run[c.key];
      return difference === undefined ? [] : [{ id: c.id, label: c.label, difference: toWire(difference), shouldFail: c.shouldFail }];
    }),
  };
}

/** The Gradient Checking notebook's experiment, as `dnn-autograder experiment gradient-checking` runs it in the sandbox. */
export const experiment = defineExperiment(gradientCheckingAssignment, {
  runs: CHECKS.map((c) => c.label),
  run: (submitted, log, { attempt }) => figureData(gradientCheckingExperiment(submitted, log, attempt)),
  figureSchema: gradientCheckingFigureSchema,
  figures: gradientCheckingFigures,
});
