/**
 * Week 3 "Batch normalization" submissions graded end to end through the sandbox: the correct one
 * earns everything, the blank one nothing, and each mutant loses exactly the cases of its mistake,
 * each with a message that names it.
 */
import { describeSubmissions, type CorpusOptions, type Expectation } from "./corpus";

const FORWARD = [
  "forward/train",
  "forward/train-running",
  "forward/one-example",
  "forward/constant-feature",
  "forward/test-mode",
  "forward/train-then-test",
  "forward/wide",
  "forward/test-before-training",
  "forward/sequence-other",
];
const BACKWARD = [
  "backward/course",
  "backward/consistency",
  "backward/constant-feature",
  "backward/one-example",
  "backward/wide",
  "backward/consistency-other",
];
const HIDDEN = [
  "forward/wide",
  "forward/test-before-training",
  "forward/sequence-other",
  "backward/one-example",
  "backward/wide",
  "backward/consistency-other",
];
const TRAIN_FORWARD = [
  "forward/train",
  "forward/train-running",
  "forward/constant-feature",
  "forward/train-then-test",
  "forward/wide",
  "forward/sequence-other",
];
const BACKWARD_VALUES = ["backward/course", "backward/constant-feature", "backward/one-example", "backward/wide"];

const likely = (text: string) => new RegExp(`\\nlikely: ${text.replace(/[()]/g, "\\$&")}`);
const UNBIASED = likely("the variance is unbiased (divided by m − 1)");
const EPS_OUTSIDE = likely("eps is added outside the square root");
const OVER_UNITS = likely("the statistics are taken over the units (axis 0)");
const SWAPPED = likely("the running averages weigh the batch by momentum");
const WRONG_AXIS = likely("dGamma and dBeta are summed over the units (axis 0)");
const IGNORES = likely("dZ treats mu and sigma2 as constants");
const INCONSISTENT = (grad: string) =>
  new RegExp(`^backward inconsistent with your own forward: ${grad} differs from finite differences of Σ dOut ⊙ batchnormForward`);

const each = (ids: string[], pattern: RegExp) => Object.fromEntries(ids.map((id) => [id, pattern]));

const CORPUS: CorpusOptions = {
  assignment: "week3/batch-norm",
  timeoutMs: 5000,
  memoryMb: 256,
  hidden: HIDDEN,
  all: [...FORWARD, ...BACKWARD],
};

const EXPECTATIONS: Expectation[] = [
  { dir: "correct", score: 100, lost: {} },
  {
    dir: "blank",
    score: 0,
    lost: each([...FORWARD, ...BACKWARD], /^not implemented yet \(batchnorm(Forward|Backward) throws: not implemented \(at batch-norm\.ts:\d+:\d+\)\)$/),
  },
  {
    dir: "mutants/bn-unbiased-variance",
    score: 52,
    lost: {
      ...each(TRAIN_FORWARD, UNBIASED),
      // One example: 0/0 variance, named by the case's hint.
      "forward/one-example": /^out contains NaN at \[0, 0\][\s\S]*hint: [^\n]*an unbiased variance divides by m − 1 = 0/,
    },
  },
  {
    dir: "mutants/bn-eps-outside-sqrt",
    score: 48,
    lost: each([...TRAIN_FORWARD, "forward/test-mode", "forward/test-before-training"], EPS_OUTSIDE),
  },
  {
    dir: "mutants/bn-normalise-over-units",
    score: 52,
    lost: {
      ...each([...TRAIN_FORWARD, "forward/one-example"], OVER_UNITS),
      "forward/train-then-test": new RegExp(/^runningMean has shape \(4, 6\); expected \(4, 1\)\nalso wrong: runningVar, testOut/.source + OVER_UNITS.source),
    },
  },
  {
    dir: "mutants/bn-running-weights-swapped",
    score: 57,
    lost: {
      ...each(
        ["forward/train", "forward/train-running", "forward/one-example", "forward/constant-feature", "forward/wide"],
        new RegExp(/^values differ in bnParam\.runningMean/.source + "[\\s\\S]*" + SWAPPED.source),
      ),
      "forward/train-then-test": new RegExp(/^values differ in runningMean/.source + "[\\s\\S]*" + SWAPPED.source),
    },
  },
  {
    dir: "mutants/bn-dgamma-dbeta-wrong-axis",
    score: 58,
    lost: {
      ...each(BACKWARD_VALUES, new RegExp(/^dGamma has shape \(1, \d+\); expected \(\d, 1\)/.source + "[\\s\\S]*" + WRONG_AXIS.source)),
      "backward/consistency": INCONSISTENT("dGamma"),
      "backward/consistency-other": INCONSISTENT("dGamma"),
    },
  },
  {
    dir: "mutants/bn-backward-ignores-statistics",
    score: 58,
    lost: {
      ...each(BACKWARD_VALUES, new RegExp(/^values differ in dZ/.source + "[\\s\\S]*" + IGNORES.source)),
      "backward/consistency": new RegExp(INCONSISTENT("dZ").source + /[\s\S]*your forward is right, so the mistake is in batchnormBackward/.source),
      "backward/consistency-other": INCONSISTENT("dZ"),
    },
  },
];

describeSubmissions(EXPECTATIONS, CORPUS);
