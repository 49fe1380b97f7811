/**
 * The Gradient Checking notebook's experiment, on a submission's functions: the 1-D check of
 * `J = θ·x` at x = 3, θ = 4, then the N-dimensional check on the notebook's net, first with the
 * gradients of the provided `backwardPropagationN` (the course's two deliberate mistakes: dW2
 * doubled, db1 with 4/m), then with those of `backwardPropagationNCorrected`. The checks print the
 * course's messages themselves (`printMsg = true`); a line after each says what was expected.
 */
import { gradientCheckingAssignment, type GradientCheckingModule } from "../contracts";
import { defineExperiment } from "./define";
import { pythonFloat } from "../course/format";
import {
  backwardPropagationN,
  backwardPropagationNCorrected,
  DIFFERENCE_THRESHOLD,
  forwardPropagationN,
  gradientCheckNTestCase,
} from "../course/week1/gradient-checking";

/** The differences the Gradient Checking experiment's three checks return. */
export interface GradientCheckingRun {
  /** gradientCheck(3, 4, 1e-7, true). */
  oneDimensional: number;
  /** gradientCheckN with backwardPropagationN's gradients: above 2e-7 when the check works. */
  withMistakes: number;
  /** gradientCheckN with backwardPropagationNCorrected's gradients: at most 2e-7 when the check works. */
  corrected: number;
}

/**
 * Runs the submission's `gradientCheck` (x = 3, θ = 4) and `gradientCheckN` (on the notebook's net,
 * with the provided buggy and then corrected gradients, `epsilon = 1e-7`), logging whether each
 * difference is on the expected side of 2e-7.
 */
export function gradientCheckingExperiment(submitted: GradientCheckingModule, log: (line: string) => void = console.log): GradientCheckingRun {
  const verdict = (difference: number, shouldFail: boolean) => {
    const failed = difference > DIFFERENCE_THRESHOLD;
    const ok = failed === shouldFail;
    log(`→ difference ${pythonFloat(difference)} is ${failed ? "above" : "at or below"} 2e-7: ${ok ? "as expected" : "NOT as expected"}`);
  };
  log("=== 1-D: gradientCheck(3, 4, 1e-7, true) ===");
  const oneDimensional = submitted.gradientCheck(3, 4, 1e-7, true);
  verdict(oneDimensional, false);

  const { X, Y, parameters } = gradientCheckNTestCase();
  const { cache } = forwardPropagationN(X, Y, parameters);
  log("\n=== N-dimensional, with the provided backwardPropagationN (dW2 doubled, db1 with 4/m) ===");
  const withMistakes = submitted.gradientCheckN(parameters, backwardPropagationN(X, Y, cache), X, Y, 1e-7, true);
  verdict(withMistakes, true);
  log("\n=== N-dimensional, with backwardPropagationNCorrected ===");
  const corrected = submitted.gradientCheckN(parameters, backwardPropagationNCorrected(X, Y, cache), X, Y, 1e-7, true);
  verdict(corrected, false);
  return { oneDimensional, withMistakes, corrected };
}

/** The Gradient Checking notebook's experiment, as `dnn-autograder experiment gradient-checking` runs it in the sandbox. */
export const experiment = defineExperiment(gradientCheckingAssignment, gradientCheckingExperiment);
