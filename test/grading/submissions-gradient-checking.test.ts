/**
 * Week 1 "Gradient Checking": the correct, blank and mutant submissions in test/submissions, graded
 * end to end through the sandbox. Differences near zero are graded by verdict and order of
 * magnitude, so each mutant loses the cases where its mistake changes one of those (or the value,
 * for differences above 2e-7), with a message naming the mistake.
 */
import * as path from "node:path";
import { casesOf, losing, SUBMISSIONS, gradeCorpusSubmission, describeSubmissions, type CorpusOptions, type Expectation } from "./corpus";

const FORWARD = ["forward/course", "forward/other-values"];
const BACKWARD = ["backward/course", "backward/consistency", "backward/other-values"];
const CHECK = ["check/course", "check/first-edition", "check/prints", "check/other-values", "check/larger-epsilon"];
const CHECK_N = ["check-n/course", "check-n/corrected", "check-n/prints", "check-n/other-net", "check-n/larger-epsilon", "check-n/prints-fine"];
const HIDDEN = [
  "forward/other-values",
  "backward/other-values",
  "check/other-values",
  "check/larger-epsilon",
  "check-n/other-net",
  "check-n/larger-epsilon",
  "check-n/prints-fine",
];

const ONE_SIDED = /likely: the difference is one-sided/;
const SQUARED = /likely: the norms are squared/;
const WITHOUT_APPROX = /likely: the denominator is ‖grad‖ alone/;
const NOT_RESTORED = /likely: the perturbations add up: start each thetaPlus and thetaMinus again from a fresh copy/;

const CORPUS: CorpusOptions = {
  assignment: "week1/gradient-checking",
  timeoutMs: 5000,
  memoryMb: 256,
  hidden: HIDDEN,
  leak: /expected (about )?-?\d|received -?\d|max \|Δ\||difference = \d/,
};

const EXPECTATIONS: Expectation[] = [
  { dir: "correct", score: 100, exitCode: 0, lost: {} },
  {
    dir: "blank",
    score: 0,
    exitCode: 1,
    lost: losing([...FORWARD, ...BACKWARD, ...CHECK, ...CHECK_N], /^not implemented yet \(\w+ throws: not implemented \(at gradient-checking\.ts:\d+:\d+\)\)$/),
  },
  {
    // Two-sided and one-sided differences agree to rounding on the linear J = θ·x for some (x, θ),
    // and on a difference far from 0; they part where the order of magnitude or the verdict moves.
    dir: "mutants/gc-one-sided",
    score: 71,
    exitCode: 1,
    lost: {
      "check/first-edition":
        /^the difference is not of the expected order of magnitude \(0\.7 orders of magnitude too large\)[\s\S]*likely: the difference is one-sided/,
      "check/other-values":
        /^the difference does not have the expected order of magnitude \(0\.9 orders of magnitude too small\) \(hidden case[\s\S]*likely: the difference is one-sided/,
      "check/larger-epsilon": ONE_SIDED,
      "check-n/larger-epsilon": /^the difference lands on the wrong side of 2\.0e-7[\s\S]*likely: the difference is one-sided/,
      "check-n/prints-fine": ONE_SIDED,
    },
  },
  {
    dir: "mutants/gc-epsilon-not-restored",
    score: 53,
    exitCode: 1,
    lost: {
      ...losing(CHECK_N, NOT_RESTORED),
      "check-n/corrected":
        /^the verdict is wrong: difference = 0\.845833 says "There is a mistake in the backward propagation!", but the expected difference 1\.18909e-7 says "Your backward propagation works perfectly fine!"[\s\S]*likely: the perturbations add up/,
    },
  },
  {
    dir: "mutants/gc-norms-squared",
    score: 25,
    exitCode: 1,
    lost: {
      ...losing([...CHECK, ...CHECK_N], SQUARED),
      "check/course":
        /^the difference is not of the expected order of magnitude \(9\.8 orders of magnitude too small\): expected about 7\.81408e-11, received 1\.2212e-20\n[\s\S]*likely: the norms are squared/,
      "check-n/course": /^values differ in the returned value\n[\s\S]*expected 0\.285093, received 0\.158046\n[\s\S]*likely: the norms are squared/,
    },
  },
  {
    // A factor of about 2 near zero is within the order of magnitude; the verdict at 1.2e-7 flips.
    dir: "mutants/gc-denominator-without-approx",
    score: 67,
    exitCode: 1,
    lost: {
      ...losing(["check-n/course", "check-n/prints", "check-n/other-net"], WITHOUT_APPROX),
      "check-n/corrected":
        /^the verdict is wrong: difference = 2\.37818e-7 says "There is a mistake in the backward propagation!"[\s\S]*likely: the denominator is ‖grad‖ alone/,
    },
  },
];

describeSubmissions(EXPECTATIONS, CORPUS);

test("a submission that prints the wrong message, or prints without printMsg, loses only the printing cases", async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-gc-prints-"));
  try {
    const source = fs.readFileSync(path.join(SUBMISSIONS, "correct", "week1", "gradient-checking.ts"), "utf8");
    const swapped = source.replace("if (difference > 2e-7)", "if (difference < 2e-7)");
    fs.mkdirSync(path.join(dir, "week1"));
    fs.writeFileSync(path.join(dir, "week1", "gradient-checking.ts"), swapped);
    const result = await gradeCorpusSubmission(dir, CORPUS);
    const lostIds = [...casesOf(result).values()]
      .filter((c) => !c.passed)
      .map((c) => c.id)
      .sort();
    expect(lostIds).toEqual(["check-n/prints", "check-n/prints-fine", "check/prints"]);
    expect(casesOf(result).get("check/prints")?.message).toMatch(
      /^gradientCheck printed "There is a mistake in the backward propagation!" for its difference 7\.814075313343006e-11, which is not above 2e-7/,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
