/**
 * Week 2 "Optimization Methods": the correct, blank and mutant submissions in test/submissions,
 * graded end to end through the sandbox. Each must earn exactly its expected points, and each lost
 * case must say why (for a mutant: the mistake it makes, by name).
 */
import { losing, describeSubmissions, type CorpusOptions, type Expectation } from "./corpus";

const GD = ["gd/course", "gd/three-layers", "gd/one-layer"];
const MINI_BATCHES = [
  "mini-batches/course",
  "mini-batches/course-arange",
  "mini-batches/not-divisible",
  "mini-batches/divisible",
  "mini-batches/m-smaller",
  "mini-batches/moons-epoch-1",
];
const VELOCITY = ["velocity/course", "velocity/four-layers"];
const MOMENTUM = ["momentum/course", "momentum/after-steps"];
const ADAM_INIT = ["adam-init/course", "adam-init/three-layers"];
const ADAM = ["adam/course", "adam/defaults", "adam/after-steps", "adam/small-gradients"];
const UPDATE_LR = ["update-lr/course", "update-lr/other", "update-lr/epoch-0"];
const SCHEDULE = ["schedule/course-epoch-10", "schedule/course-epoch-100", "schedule/default-interval", "schedule/interval-boundary"];
const ALL = [...GD, ...MINI_BATCHES, ...VELOCITY, ...MOMENTUM, ...ADAM_INIT, ...ADAM, ...UPDATE_LR, ...SCHEDULE];
const PUBLIC = new Set([
  "gd/course",
  "mini-batches/course",
  "mini-batches/course-arange",
  "velocity/course",
  "momentum/course",
  "adam-init/course",
  "adam/course",
  "update-lr/course",
  "schedule/course-epoch-10",
  "schedule/course-epoch-100",
]);

const CORPUS: CorpusOptions = {
  assignment: "week2/optimization",
  timeoutMs: 5000,
  memoryMb: 256,
  hidden: ALL.filter((id) => !PUBLIC.has(id)),
  all: ALL,
  leak: /expected -?\d|received -?\d|max \|Δ\||sizes/,
};

const EXPECTATIONS: Expectation[] = [
  { dir: "correct", score: 100, exitCode: 0, lost: {} },
  {
    dir: "blank",
    score: 0,
    exitCode: 1,
    lost: losing(ALL, /^not implemented yet \(\w+ throws: not implemented \(at optimization\.ts:\d+:\d+\)\)$/),
  },
  {
    dir: "mutants/opt-momentum-without-one-minus-beta",
    score: 87,
    exitCode: 1,
    lost: losing(MOMENTUM, /^values differ in parameters\.W1[\s\S]*likely: the velocity adds the whole gradient: v = beta·v \+ \(1 − beta\)·grad/),
  },
  {
    dir: "mutants/opt-velocity-after-parameter",
    score: 87,
    exitCode: 1,
    lost: losing(MOMENTUM, /^values differ in parameters\.W1[\s\S]*likely: the parameters moved with the previous velocity/),
  },
  {
    dir: "mutants/opt-adam-epsilon-inside-sqrt",
    score: 77,
    exitCode: 1,
    lost: {
      ...losing(
        ["adam/course", "adam/after-steps", "adam/small-gradients"],
        /^values differ in parameters\.W1[\s\S]*likely: epsilon is inside the square root/,
      ),
      // With epsilon 1e-8 and gradients of order 1, only the smallest second moment (db1) shows it.
      "adam/defaults": /^values differ in parameters\.b1 \(hidden case[\s\S]*likely: epsilon is inside the square root/,
    },
  },
  {
    dir: "mutants/opt-adam-without-bias-correction",
    score: 77,
    exitCode: 1,
    lost: {
      ...losing(ADAM, /^values differ in parameters\.W1 \(hidden case[\s\S]*likely: the bias correction is missing/),
      // Public feedback lists the other wrong keys: the corrected moments too.
      "adam/course": /^values differ in parameters\.W1\n[\s\S]*also wrong: [^\n]*vCorrected\.dW1[\s\S]*likely: the bias correction is missing/,
    },
  },
  {
    dir: "mutants/opt-adam-t-plus-one",
    score: 77,
    exitCode: 1,
    lost: losing(ADAM, /^values differ in parameters\.W1[\s\S]*likely: the bias correction uses t \+ 1/),
  },
  {
    dir: "mutants/opt-adam-in-place",
    score: 100,
    exitCode: 0,
    lost: {},
    notes: losing(ADAM, /^updateParametersWithAdam changed its input parameters\.W1: graded functions must not modify their arguments$/),
  },
  {
    dir: "mutants/opt-minibatches-x-only-shuffled",
    score: 73,
    exitCode: 1,
    lost: losing(MINI_BATCHES, /^values differ in \[0\]\.Y[\s\S]*likely: the columns of X are permuted but those of Y are not/),
  },
  {
    dir: "mutants/opt-minibatches-last-dropped",
    score: 76,
    exitCode: 1,
    lost: {
      "mini-batches/course": /^returned 2 mini-batches \(sizes 64, 64\); expected 3 \(sizes 64, 64, 20\)\nlikely: the last, smaller mini-batch is missing/,
      "mini-batches/course-arange":
        /^returned 2 mini-batches \(sizes 64, 64\); expected 3 \(sizes 64, 64, 20\)\nlikely: the last, smaller mini-batch is missing/,
      "mini-batches/not-divisible":
        /^returned 2 mini-batches, not the expected number \(hidden case: [^\n]*\)\nlikely: the last, smaller mini-batch is missing/,
      "mini-batches/m-smaller": /^returned 0 mini-batches, not the expected number \(hidden case: [^\n]*\)\nlikely: the last, smaller mini-batch is missing/,
      "mini-batches/moons-epoch-1":
        /^returned 4 mini-batches, not the expected number \(hidden case: [^\n]*\)\nlikely: the last, smaller mini-batch is missing/,
    },
  },
  {
    dir: "mutants/opt-minibatches-last-duplicated",
    score: 76,
    exitCode: 1,
    lost: {
      "mini-batches/course":
        /^returned 4 mini-batches \(sizes 64, 64, 20, 20\); expected 3 \(sizes 64, 64, 20\)\nlikely: the last, smaller mini-batch appears twice/,
      "mini-batches/course-arange": /^returned 4 mini-batches \(sizes 64, 64, 20, 20\)[\s\S]*likely: the last, smaller mini-batch appears twice/,
      "mini-batches/not-divisible": /^returned 4 mini-batches, not the expected number \(hidden case[\s\S]*likely: the last, smaller mini-batch appears twice/,
      "mini-batches/m-smaller": /^returned 2 mini-batches, not the expected number \(hidden case[\s\S]*likely: the last, smaller mini-batch appears twice/,
      "mini-batches/moons-epoch-1": /^returned 6 mini-batches, not the expected number \(hidden case[\s\S]*likely: the last, smaller mini-batch appears twice/,
    },
  },
  {
    dir: "mutants/opt-decay-without-floor",
    score: 94,
    exitCode: 1,
    lost: losing(
      ["schedule/course-epoch-10", "schedule/default-interval", "schedule/interval-boundary"],
      /^values differ in the returned value[\s\S]*likely: the decay is continuous/,
    ),
  },
  {
    dir: "mutants/opt-decay-epoch-off-by-one",
    score: 92,
    exitCode: 1,
    lost: {
      ...losing(
        UPDATE_LR,
        /^values differ in the returned value[\s\S]*likely: the epoch is off by one: the model calls updateLr after epoch i with epochNum = i/,
      ),
      "schedule/interval-boundary":
        /^values differ in the returned value \(hidden case[\s\S]*likely: the epoch is off by one: the model calls the decay after epoch i/,
    },
  },
];

describeSubmissions(EXPECTATIONS, CORPUS);
