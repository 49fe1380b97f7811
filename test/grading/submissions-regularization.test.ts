/**
 * Week 1 "Regularization": the correct, blank and mutant submissions in test/submissions, graded
 * end to end through the sandbox. Each must earn exactly its expected points, and each lost case
 * must say why (for a mutant: the mistake it makes, by name; for a consistency case: whether the
 * forward is wrong or the backward inconsistent with it).
 */
import { losing, describeSubmissions, type CorpusOptions, type Expectation } from "./corpus";

const COST = ["cost/course", "cost/other-net", "cost/model-size"];
const BACKWARD_L2_VALUES = ["backward-l2/course", "backward-l2/other-net"];
const BACKWARD_L2_CONSISTENCY = ["backward-l2/consistency", "backward-l2/consistency-other-net"];
const FORWARD_DROPOUT = ["dropout-forward/course", "dropout-forward/other-seed", "dropout-forward/model-size"];
const BACKWARD_DROPOUT_VALUES = ["dropout-backward/course", "dropout-backward/other-net"];
const BACKWARD_DROPOUT_CONSISTENCY = ["dropout-backward/consistency", "dropout-backward/consistency-other-net"];
const ALL = [...COST, ...BACKWARD_L2_VALUES, ...BACKWARD_L2_CONSISTENCY, ...FORWARD_DROPOUT, ...BACKWARD_DROPOUT_VALUES, ...BACKWARD_DROPOUT_CONSISTENCY];
const HIDDEN = [
  "cost/other-net",
  "cost/model-size",
  "backward-l2/other-net",
  "backward-l2/consistency-other-net",
  "dropout-forward/other-seed",
  "dropout-forward/model-size",
  "dropout-backward/other-net",
  "dropout-backward/consistency-other-net",
];

const CORPUS: CorpusOptions = {
  assignment: "week1/regularization",
  timeoutMs: 5000,
  memoryMb: 256,
  hidden: HIDDEN,
  leak: /expected -?\d|received -?\d|max \|Δ\||backward -?\d/,
  hiddenMessagesNameTheCase: true,
};

const EXPECTATIONS: Expectation[] = [
  { dir: "correct", score: 100, exitCode: 0, lost: {} },
  {
    dir: "blank",
    score: 0,
    exitCode: 1,
    lost: losing(ALL, /^not implemented yet \(\w+ throws: not implemented \(at regularization\.ts:\d+:\d+\)\)$/),
  },
  {
    dir: "mutants/reg-l2-without-1-over-m",
    score: 77,
    exitCode: 1,
    lost: losing(COST, /^values differ in the returned value[\s\S]*likely: the L2 term is not divided by m/),
  },
  {
    dir: "mutants/reg-l2-without-half",
    score: 77,
    exitCode: 1,
    lost: losing(COST, /^values differ in the returned value[\s\S]*likely: the L2 term lacks the ½/),
  },
  {
    dir: "mutants/reg-l2-gradient-not-added",
    score: 71,
    exitCode: 1,
    lost: {
      ...losing(BACKWARD_L2_VALUES, /^values differ in dW3[\s\S]*likely: the L2 gradient is not added: each dW_l gets \+ \(lambd\/m\)·W_l/),
      ...losing(
        BACKWARD_L2_CONSISTENCY,
        /^backward inconsistent with your own forward: dW\d differs from finite differences of computeCostWithRegularization[\s\S]*your forward is right, so the mistake is in backwardPropagationWithRegularization/,
      ),
    },
  },
  {
    dir: "mutants/reg-dropout-without-keep-prob-scaling",
    score: 52,
    exitCode: 1,
    lost: {
      ...losing(FORWARD_DROPOUT, /^values differ in A3[\s\S]*likely: A1 and A2 are not divided by keepProb after the mask/),
      ...losing(BACKWARD_DROPOUT_VALUES, /^values differ in dA2[\s\S]*likely: dA2 and dA1 are not divided by keepProb after the mask/),
      ...losing(
        BACKWARD_DROPOUT_CONSISTENCY,
        /^forward wrong: forwardPropagationWithDropout \(then the course's computeCost\) gives a different value of J at these parameters \(value mismatch\)\n[\s\S]*backwardPropagationWithDropout agrees with finite differences of that forward, so the same mistake is likely in both/,
      ),
    },
  },
  {
    // The backward pass is right: its consistency cases pass although the forward's masks are wrong.
    dir: "mutants/reg-dropout-u-greater-than-keep-prob",
    score: 77,
    exitCode: 1,
    lost: losing(FORWARD_DROPOUT, /^values differ in A3[\s\S]*likely: the masks keep the units where rand > keepProb; keep them where rand < keepProb/),
  },
  {
    dir: "mutants/reg-dropout-masks-not-reused",
    score: 75,
    exitCode: 1,
    lost: {
      ...losing(
        BACKWARD_DROPOUT_VALUES,
        /^values differ in dA2[\s\S]*likely: the backward pass draws new masks: reuse the forward pass's D1 and D2 from the cache/,
      ),
      ...losing(
        BACKWARD_DROPOUT_CONSISTENCY,
        /^backward inconsistent with your own forward: d[Wb]\d differs from finite differences of forwardPropagationWithDropout[\s\S]*your forward is right, so the mistake is in backwardPropagationWithDropout/,
      ),
    },
  },
  {
    dir: "mutants/reg-dropout-on-output-layer",
    score: 77,
    exitCode: 1,
    lost: losing(
      FORWARD_DROPOUT,
      /^values differ in A3[\s\S]*likely: dropout is applied to the output layer too: only the hidden activations A1 and A2 get masks/,
    ),
  },
];

describeSubmissions(EXPECTATIONS, CORPUS);
