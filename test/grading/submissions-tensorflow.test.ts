/**
 * Week 3 "TensorFlow Introduction" submissions graded end to end through the sandbox, on the
 * WebAssembly backend and on the CPU backend: the correct one earns everything, the blank one
 * nothing, and each mutant loses exactly the cases of its mistake, each with a message that names it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SUBMISSIONS, gradeCorpusSubmission, describeSubmissions, type CorpusOptions, type Expectation } from "./corpus";

const ALL = [
  "linear/course",
  "linear/no-leak",
  "sigmoid/minus-one",
  "sigmoid/twelve",
  "sigmoid/int32-tensor",
  "sigmoid/float32-matrix",
  "sigmoid/no-leak",
  "onehot/course",
  "onehot/default-depth",
  "onehot/int32-scalar-label",
  "onehot/no-leak",
  "init/glorot",
  "init/variables",
  "init/other-dims",
  "init/no-leak",
  "forward/course",
  "forward/gradients",
  "forward/other-sizes",
  "forward/no-leak",
  "loss/identity",
  "loss/six-classes",
  "loss/random",
  "loss/no-leak",
];
const HIDDEN = [
  "linear/no-leak",
  "sigmoid/int32-tensor",
  "sigmoid/float32-matrix",
  "sigmoid/no-leak",
  "onehot/default-depth",
  "onehot/int32-scalar-label",
  "onehot/no-leak",
  "init/other-dims",
  "init/no-leak",
  "forward/other-sizes",
  "forward/no-leak",
  "loss/random",
  "loss/no-leak",
];

const MEAN = /likely: the loss is the mean over the examples: compute_total_loss is their sum/;
const SOFTMAX_FIRST = /likely: softmax was applied before the loss, which applies it itself/;
const AS_ROWS = /likely: the examples were taken as rows/;
const ROW_ONE_HOT = /has shape \(1, \d\); expected \(\d,\)[\s\S]*likely: the one-hot is a \(1, C\) row/;
const NOT_A_TENSOR =
  /^sigmoid returned (a number \(a plain JavaScript float64\)|a 1-D array of length [23] \(number\[\]\)|a 2-D matrix \(2, 3\) \(number\[\]\[\]\)), not a tf\.Tensor/;

const CORPUS: CorpusOptions = {
  assignment: "week3/tensorflow",
  timeoutMs: 10000,
  memoryMb: 512,
  hidden: HIDDEN,
  all: ALL,
};

const EXPECTATIONS: Expectation[] = [
  { dir: path.join(__dirname, "..", "..", "reference"), score: 100, lost: {} },
  { dir: "correct", score: 100, lost: {} },
  { dir: "alternatives/chained-ops", score: 100, lost: {} },
  {
    dir: "blank",
    score: 0,
    lost: Object.fromEntries(ALL.map((id) => [id, /^not implemented yet \(\w+ throws: not implemented \(at tensorflow\.ts:\d+:\d+\)\)$/])),
  },
  {
    dir: "mutants/tf-loss-mean",
    score: 84,
    lost: {
      "loss/identity": new RegExp(/expected 3\.29584, received 1\.09861\n/.source + MEAN.source),
      "loss/six-classes": MEAN,
      "loss/random": new RegExp(/^values differ in the returned value \(hidden case: six classes, nine examples\)\n/.source + MEAN.source),
    },
  },
  { dir: "mutants/tf-softmax-before-loss", score: 90, lost: { "loss/six-classes": SOFTMAX_FIRST, "loss/random": SOFTMAX_FIRST } },
  {
    dir: "mutants/tf-examples-as-rows",
    score: 84,
    lost: {
      "loss/identity": new RegExp(/expected 3\.29584, received 3\.65433\n/.source + AS_ROWS.source),
      "loss/six-classes": AS_ROWS,
      "loss/random": AS_ROWS,
    },
  },
  {
    dir: "mutants/tf-parameters-constants",
    score: 100,
    lost: {},
    notes: {
      "init/variables":
        /^initializeParameters: W1, b1, W2, b2, W3, b3 are each a constant tf\.Tensor, not a trainable tf\.Variable\nwrap each initial value in tf\.variable/,
    },
  },
  {
    dir: "mutants/tf-one-hot-wrong-axis",
    score: 86,
    lost: {
      "onehot/course": ROW_ONE_HOT,
      "onehot/default-depth": ROW_ONE_HOT,
      "onehot/int32-scalar-label": ROW_ONE_HOT,
      "onehot/no-leak": /^the returned value has shape \(1, 6\); expected \(6,\) \(hidden case: /,
    },
  },
  {
    dir: "mutants/tf-sigmoid-float64",
    score: 83,
    lost: {
      "sigmoid/minus-one": NOT_A_TENSOR,
      "sigmoid/twelve": NOT_A_TENSOR,
      "sigmoid/int32-tensor": NOT_A_TENSOR,
      "sigmoid/float32-matrix": NOT_A_TENSOR,
      "sigmoid/no-leak": NOT_A_TENSOR,
    },
  },
];

describe.each(["wasm", "cpu"] as const)("on the %s backend", (backend) => {
  describeSubmissions(EXPECTATIONS, { ...CORPUS, tensorflowBackend: backend });
});

test("a submission outside the checkout imports @tensorflow/tfjs-core and -layers and scores 100", async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-tfjs-"));
  try {
    fs.mkdirSync(path.join(outside, "week3"));
    fs.copyFileSync(path.join(SUBMISSIONS, "correct", "week3", "tensorflow.ts"), path.join(outside, "week3", "tensorflow.ts"));
    const result = await gradeCorpusSubmission(outside, CORPUS);
    expect(result.score).toBe(100);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
}, 60_000);

test("a submission importing @tensorflow/tfjs (not installed) is told, in one line, what to import instead", async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-tfjs-"));
  try {
    fs.mkdirSync(path.join(outside, "week3"));
    const correct = fs.readFileSync(path.join(SUBMISSIONS, "correct", "week3", "tensorflow.ts"), "utf8");
    fs.writeFileSync(path.join(outside, "week3", "tensorflow.ts"), correct.replace('from "@tensorflow/tfjs-core"', 'from "@tensorflow/tfjs"'));
    const result = await gradeCorpusSubmission(outside, CORPUS);
    expect(result.score).toBe(0);
    expect(result.assignments[0].errors).toEqual([
      'week3/tensorflow.ts imports @tensorflow/tfjs, which is not installed: import * as tf from "@tensorflow/tfjs-core" instead (and { initializers } from "@tensorflow/tfjs-layers"), the parts of it that are installed',
    ]);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
}, 60_000);
