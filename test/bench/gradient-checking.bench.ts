/**
 * The Gradient Checking notebook's N-dimensional check: `gradientCheckN` (the reference's) on the
 * notebook's test case with the corrected backward pass's gradients, two forward passes per
 * parameter (47 of them), repeated 2000 times so that the time is measurable.
 */
import { gradientCheckN } from "../../reference/week1/gradient-checking";
import { backwardPropagationNCorrected, forwardPropagationN, gradientCheckNTestCase } from "../../src/course/week1/gradient-checking";
import { pythonFloat } from "../../src/course/format";
import { TRAINING_GOAL, type Benchmark } from "./benchmark";

const REPEATS = 2000;

const gradientCheckingBenchmark: Benchmark = {
  name: "gradient-checking",
  title: `the N-dimensional gradient check on the notebook's test case, ${REPEATS} times (week 1)`,
  goal: TRAINING_GOAL,
  pythonScript: "gradient-checking_numpy.py",
  prepare() {
    const { X, Y, parameters } = gradientCheckNTestCase();
    const gradients = backwardPropagationNCorrected(X, Y, forwardPropagationN(X, Y, parameters).cache);
    return {
      pythonInput: { X, Y, parameters, gradients, repeats: REPEATS },
      runTs() {
        let difference = NaN;
        for (let r = 0; r < REPEATS; r++) difference = gradientCheckN(parameters, gradients, X, Y, 1e-7, false);
        return { lines: [`difference = ${pythonFloat(difference)}`] };
      },
    };
  },
};

/** This assignment's benchmarks, as `npm run bench` finds them. */
export const benchmarks: readonly Benchmark[] = [gradientCheckingBenchmark];
