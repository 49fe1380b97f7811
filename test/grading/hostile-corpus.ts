/**
 * The hostile corpus (test/submissions/hostile): most submissions are week 1 Initialization with the
 * zeros and random initializers written honestly and initializeParametersHe turned into an attack; two
 * are week 3 TensorFlow, forging what only the sandbox could attest. `honest` is what the same
 * submission scores when the attack is simply a wrong answer; `says` is what the attacked function's
 * first case must say (where an attack is slow to build, on a loaded machine the call limit may stop it
 * first: either is containment); `links` are symbolic links the test adds to a copy (the repository holds none,
 * so that no tool walks into them).
 */

export interface HostileSubmission {
  dir: string;
  /** The class of attack. */
  kind: "reading" | "native" | "lying" | "grader" | "resources" | "integrity";
  honest: number;
  says: RegExp;
  /** Default week1/initialization. */
  assignment?: string;
  /** The attacked function and the case whose message `says` matches (default initializeParametersHe, he/course). */
  attacked?: { fn: string; caseId: string };
  links?: Record<string, string>;
}

export const HOSTILE: readonly HostileSubmission[] = [
  // Reading what it must not.
  {
    dir: "hostile/symlink-up",
    kind: "reading",
    honest: 0,
    says: /^\S+ cannot be graded: week1\/up is a symbolic link \(to \/\): a submission may hold regular files only$/,
    links: { "week1/up": "/" },
  },
  { dir: "hostile/symlink-p", kind: "reading", honest: 0, says: /cannot be graded: week1\/p is a symbolic link \(to \/proc\)/, links: { "week1/p": "/proc" } },
  {
    dir: "hostile/symlink-fx",
    kind: "reading",
    honest: 0,
    says: /cannot be graded: week1\/fx is a symbolic link \(to \.\.\//,
    links: { "week1/fx": "../../../../../fixtures" },
  },
  { dir: "hostile/reads-fixtures", kind: "reading", honest: 60, says: /reading outside the submission folder is not allowed while grading/ },
  { dir: "hostile/reads-hidden-answers", kind: "reading", honest: 60, says: /reading outside the submission folder is not allowed while grading/ },
  { dir: "hostile/reads-absolute-paths", kind: "reading", honest: 60, says: /threw not found/ },
  { dir: "hostile/reads-environment", kind: "reading", honest: 60, says: /^initializeParametersHe threw \{"DNN_AUTOGRADER_RUNTIME"/ },
  { dir: "hostile/lists-filesystem", kind: "reading", honest: 60, says: /^initializeParametersHe threw found: \(at / },
  { dir: "hostile/reads-etc", kind: "reading", honest: 60, says: /reading outside the submission folder is not allowed while grading/ },
  { dir: "hostile/process-binding", kind: "reading", honest: 60, says: /is not allowed while grading/ },
  { dir: "hostile/spawns-shell", kind: "reading", honest: 60, says: /starting other processes is not allowed while grading/ },
  // Native code.
  { dir: "hostile/native-addon-file", kind: "native", honest: 60, says: /Cannot load native addon because loading addons is disabled/ },
  { dir: "hostile/dlopen", kind: "native", honest: 60, says: /Cannot load native addon because loading addons is disabled/ },
  { dir: "hostile/swc-binding", kind: "native", honest: 60, says: /Cannot find module '@swc\/core'/ },
  { dir: "hostile/worker-thread", kind: "native", honest: 60, says: /starting worker threads is not allowed while grading/ },
  // Lying to the grader.
  { dir: "hostile/length-getter", kind: "lying", honest: 60, says: /needs 8 numbers but which holds 0/ },
  { dir: "hostile/bad-shapes", kind: "lying", honest: 60, says: /^expected a 2-D matrix \(4, 2\) for W1/ },
  { dir: "hostile/getters-throw", kind: "lying", honest: 60, says: /threw gotcha|could not be read/ },
  { dir: "hostile/to-primitive", kind: "lying", honest: 60, says: /W1/ },
  { dir: "hostile/forged-frames", kind: "lying", honest: 60, says: /^the student process sent a malformed reply during initializeParametersHe/ },
  { dir: "hostile/forged-send", kind: "lying", honest: 60, says: /threw no channel/ },
  { dir: "hostile/fd-spray", kind: "lying", honest: 60, says: /^the student process (sent a reply that answers no request|sent a malformed reply)/ },
  {
    dir: "hostile/huge-frame",
    kind: "lying",
    honest: 60,
    says: /sent a malformed reply during initializeParametersHe: a reply larger than 32 MB|did not return within \d+ ms/,
  },
  { dir: "hostile/patches-globals", kind: "lying", honest: 60, says: /./ },
  { dir: "hostile/patches-prototypes", kind: "lying", honest: 60, says: /./ },
  { dir: "hostile/huge-error-message", kind: "lying", honest: 60, says: /^initializeParametersHe (threw x{100}|did not return within \d+ ms)/ },
  { dir: "hostile/fake-total", kind: "lying", honest: 60, says: /^initializeParametersHe threw Total 100\/100ok \(at / },
  { dir: "hostile/evil-throwables", kind: "lying", honest: 60, says: /^initializeParametersHe threw / },
  { dir: "hostile/stack-overflow", kind: "lying", honest: 60, says: /Maximum call stack size exceeded/ },
  // Attacking the grader process.
  { dir: "hostile/signals-parent", kind: "grader", honest: 60, says: /^initializeParametersHe threw / },
  { dir: "hostile/inspector", kind: "grader", honest: 60, says: /threw no inspector/ },
  { dir: "hostile/network", kind: "grader", honest: 60, says: /ECONNREFUSED 127\.0\.0\.1:47613; Error: connect ENETUNREACH/ },
  { dir: "hostile/unix-socket", kind: "grader", honest: 60, says: /threw sockets/ },
  { dir: "hostile/detached-process", kind: "grader", honest: 60, says: /starting other processes is not allowed while grading/ },
  { dir: "hostile/lingers", kind: "grader", honest: 60, says: /threw still here/ },
  { dir: "hostile/process-exit", kind: "grader", honest: 80, says: /^ok$/ },
  { dir: "hostile/abort", kind: "grader", honest: 60, says: /^the student process was killed \(SIG[A-Z]+\) during initializeParametersHe$/ },
  // Resources and time.
  {
    dir: "hostile/arraybuffer-hoard",
    kind: "resources",
    honest: 60,
    says: /Array buffer allocation failed|ran out of memory|was killed|did not return within/,
  },
  { dir: "hostile/buffer-hoard", kind: "resources", honest: 60, says: /allocation failed|ran out of memory|was killed|did not return within/ },
  { dir: "hostile/wasm-memory", kind: "resources", honest: 60, says: /WebAssembly\.Memory|ran out of memory|was killed|did not return within/ },
  { dir: "hostile/out-of-memory", kind: "resources", honest: 60, says: /^ok$/ },
  { dir: "hostile/disk-filler", kind: "resources", honest: 60, says: /writing files is not allowed while grading/ },
  { dir: "hostile/fork-bomb", kind: "resources", honest: 60, says: /starting other processes is not allowed while grading/ },
  {
    dir: "hostile/busy-at-load",
    kind: "resources",
    honest: 0,
    says: /^(did not finish while loading the module within \d+ ms|not graded: this assignment used up its time bound \(\d+ s\))$/,
  },
  { dir: "hostile/endless-loop", kind: "resources", honest: 60, says: /did not return within \d+ ms/ },
  { dir: "hostile/atomics-wait", kind: "resources", honest: 60, says: /^initializeParametersHe did not return within \d+ ms/ },
  { dir: "hostile/never-resolves", kind: "resources", honest: 60, says: /^initializeParametersHe did not return within \d+ ms/ },
  { dir: "hostile/just-under-the-limit", kind: "resources", honest: 60, says: /^initializeParametersHe did not return within \d+ ms/ },
  // Integrity and fairness.
  { dir: "hostile/writes-outside", kind: "integrity", honest: 60, says: /^initializeParametersHe threw wrote \(at / },
  { dir: "hostile/rewrites-itself", kind: "integrity", honest: 60, says: /writing files is not allowed while grading/ },
  { dir: "hostile/tampers-harness", kind: "integrity", honest: 60, says: /^initializeParametersHe threw / },
  { dir: "hostile/counts-calls", kind: "integrity", honest: 60, says: /^values differ in W1/ },
  // Forging what only the sandbox could attest (week 3).
  {
    dir: "hostile/tf-forges-leaks",
    kind: "lying",
    honest: 82,
    says: /^ok$/,
    assignment: "week3/tensorflow",
    attacked: { fn: "sigmoid", caseId: "sigmoid/no-leak" },
  },
  {
    dir: "hostile/tf-forges-variables",
    kind: "lying",
    honest: 82,
    says: /^ok$/,
    assignment: "week3/tensorflow",
    attacked: { fn: "initializeParameters", caseId: "init/variables" },
  },
];
