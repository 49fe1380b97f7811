/**
 * Grading a submission folder: every requested assignment, case by case, into one GradeResult.
 * This is the engine behind `npx dnn-autograder grade`; the jest graders use `GradingSession`.
 */
import * as fs from "node:fs";
import { ASSIGNMENTS, findAssignment, type AssignmentContract } from "../contracts";
import { UserInputError } from "../errors";
import { sha256 } from "../fixtures/manifest";
import { DEFAULT_FIXTURES_DIR, displayPath, manifestPath, PACKAGE_ROOT } from "../fixtures/paths";
import type { FixtureCase, Visibility } from "../fixtures/types";
import * as os from "node:os";
import { DEFAULT_BOUNDS, LOAD_LIMIT_MS, SubmissionClock, submissionCpuSeconds, type TimeBounds } from "./bounds";
import { takeEarlyChild } from "./early-child";
import { fillCopy, RefusedSubmission, reserveCopy, type SubmissionCopy } from "./sandbox/submission-copy";
import type { TensorflowBackend } from "../course/week3/tf-backend";
import { cleanText } from "./clean-text";
import { sumScores, type AssignmentResult, type FunctionResult, type GradeResult, type ResultHeader } from "./result";
import { confirmIsolation, prepareIsolation, provisionalIsolation, resolveIsolation, type Isolation } from "./sandbox/isolation";
import { Sandbox } from "./sandbox/sandbox";
import { asSandboxUser, checkSandboxUid, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, GradingSession, tensorflowRequest, type SessionOptions } from "./session";
import { findModule, resolveSubmissionDir } from "./submission";

/**
 * Options of `gradeSubmission` and `gradeAssignment`: which assignments, fixtures and visibilities,
 * sandbox limits, progress callback.
 */
export interface GradeOptions extends SessionOptions {
  /** Assignment names; default: every assignment whose module the folder holds. */
  assignments?: readonly string[];
  fixturesDir?: string;
  visibilities?: readonly Visibility[];
  /** Called after each case, for progress display. */
  onCase?: (assignment: string, done: number, total: number) => void;
  /**
   * One sandboxed child serves all of the submission's assignments, one after another, instead of a
   * child per core serving them side by side: for batch grading, which grades submissions side by
   * side instead.
   */
  oneChild?: boolean;
}

/**
 * The seeds a case uses, for the reproducibility header: generators passed as `{ "$rng": n }`, the
 * numbers passed to a parameter named `seed` (`randomMiniBatches(X, Y, size, seed)`, TensorFlow's
 * `initializeParameters(layersDims, seed)`), and the contract's default seed of a seed or generator
 * parameter the case leaves out (`initializeParametersHe(layersDims)` draws from `RandomState(3)`).
 */
function seedsOf(fixtureCase: FixtureCase, contract: AssignmentContract): number[] {
  const seeds: number[] = [];
  const fn = contract.functions.find((f) => f.name === fixtureCase.function);
  (fn?.params ?? []).forEach((name, i) => {
    const arg = fixtureCase.args[i];
    const fallback = fn?.seedDefaults?.[name];
    if (name === "seed" && typeof arg === "number") seeds.push(arg);
    else if (arg === undefined && fallback !== undefined) seeds.push(fallback);
  });
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "object" && v !== null) {
      if ("$rng" in v && typeof (v as { $rng: unknown }).$rng === "number") seeds.push((v as { $rng: number }).$rng);
      else Object.values(v).forEach(visit);
    }
  };
  visit(fixtureCase.args);
  return seeds;
}

/** The header's account of the TensorFlow.js backend (its fallback reason cleaned: it comes from the sandbox). */
function tensorflowHeader(backend: TensorflowBackend): NonNullable<ResultHeader["tensorflow"]> {
  return { backend: backend.name, simd: backend.simd, ...(backend.fallback ? { fallback: cleanText(backend.fallback, 300) } : {}) };
}

function chooseAssignments(dir: string, names: readonly string[] | undefined): AssignmentContract[] {
  if (names && names.length > 0) return names.map(findAssignment);
  const present = ASSIGNMENTS.filter((a) => findModule(dir, a));
  if (present.length === 0) {
    throw new UserInputError(`${displayPath(dir)} holds none of the graded modules: expected for example ${displayPath(dir)}/${ASSIGNMENTS[0].module}.ts`);
  }
  return present;
}

/**
 * Grades `cases` of one assignment against the module in `dir`, in one sandboxed session, into points
 * per function (functions without cases score 0/0); the session is closed even if grading throws.
 */
export async function gradeAssignment(
  contract: AssignmentContract,
  dir: string,
  cases: readonly FixtureCase[],
  options: GradeOptions = {},
): Promise<AssignmentResult> {
  const session = new GradingSession(contract, dir, options);
  const functions: FunctionResult[] = contract.functions.map((f) => ({ name: f.name, score: 0, maxScore: 0, cases: [] }));
  try {
    // Each case's call goes to the child before the case before it is judged: the child computes while
    // the grading process judges (cases still run one at a time, in order, and are judged in order).
    let running = cases.length > 0 ? session.runCase(cases[0]) : undefined;
    for (let k = 0; k < cases.length; k++) {
      const run = await running!;
      running = k + 1 < cases.length ? session.runCase(cases[k + 1]) : undefined;
      // Awaited on the next turn; a failure of the judging below must not leave it unhandled meanwhile.
      running?.catch(() => undefined);
      const result = session.finishCase(cases[k], run);
      const fn = functions.find((f) => f.name === cases[k].function);
      if (fn) fn.cases.push(result);
      options.onCase?.(contract.name, k + 1, cases.length);
    }
  } finally {
    session.close();
  }
  for (const fn of functions) Object.assign(fn, sumScores(fn.cases));
  return { name: contract.name, ...sumScores(functions), functions, errors: session.errors };
}

/** A lane's child, serving its assignments in turn: the kernel bounds its CPU time by the submission's time bound. */
function submissionSandbox(copy: SubmissionCopy, isolation: Isolation, bounds: TimeBounds, options: GradeOptions): Sandbox {
  return new Sandbox({
    modulePath: "",
    copyDir: copy.dir,
    loadLimitMs: () => LOAD_LIMIT_MS,
    memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB,
    cpuSeconds: submissionCpuSeconds(bounds),
    isolation,
  });
}

/**
 * Grades a submission folder (the named assignments, or every one whose module it
 * holds) against the fixtures, with a reproducibility header: tool and Node versions,
 * fixture manifest hash, seeds by case.
 */
export async function gradeSubmission(submissionDir: string, options: GradeOptions = {}): Promise<GradeResult> {
  const started = performance.now();
  const dir = resolveSubmissionDir(submissionDir);
  const fixturesDir = options.fixturesDir ?? DEFAULT_FIXTURES_DIR;
  const contracts = chooseAssignments(dir, options.assignments);
  const request = options.isolation ?? "auto";
  const bounds = { ...DEFAULT_BOUNDS, ...options.bounds };
  checkSandboxUid(options.sandboxUid);
  // Assignments side by side in lanes, as many as there are cores (one with `oneChild`); each lane's
  // sandboxed child serves its assignments in turn, so a run starts a child per lane, not per assignment.
  const lanes = options.oneChild ? 1 : Math.min(contracts.length, Math.max(1, os.availableParallelism()));
  // The lanes' children start under the isolation expected here while the cases load and the
  // submission is copied; one coming up proves it as a trial sandbox would. Without one to expect, a
  // trial sandbox runs meanwhile instead.
  // The child the bin started before the command line was parsed serves the first lane, when it was
  // started with these settings and as the usual sandbox user (see `early-child.ts`).
  const early =
    options.sandboxUid === undefined
      ? takeEarlyChild({ request, memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB, cpuSeconds: submissionCpuSeconds(bounds) })
      : undefined;
  const copy = early?.copy ?? reserveCopy();
  const provisional = provisionalIsolation(request);
  if (early && !provisional) early.sandbox.close();
  const sandboxes = provisional
    ? Array.from({ length: lanes }, (_, i) =>
        i === 0 && early ? early.sandbox : submissionSandbox(copy, asSandboxUser(provisional, options.sandboxUid), bounds, options),
      )
    : [];
  // Lane i serves assignment i first.
  sandboxes.forEach((sandbox, i) => sandbox.warm(tensorflowRequest(contracts[i], options)));
  const probing = provisional ? undefined : prepareIsolation(request);
  // The cases' loader and the judge (the checks, the course code) load now, while the children start.
  const { loadCases } = require("../fixtures/load") as typeof import("../fixtures/load");
  require("./judge");
  const assignments: AssignmentResult[] = new Array(contracts.length);
  let loaded: { contract: AssignmentContract; cases: FixtureCase[] }[];
  let tensorflow: TensorflowBackend | undefined;
  let isolation: Isolation;
  try {
    loaded = contracts.map((c) => ({ contract: c, cases: loadCases(c.name, { fixturesDir, visibilities: options.visibilities }) }));
    const clock = options.clock ?? new SubmissionClock(bounds, fixturesDir);
    let refused: RefusedSubmission | undefined;
    try {
      fillCopy(copy, dir);
    } catch (error) {
      // Every assignment reports the refusal as its own.
      if (!(error instanceof RefusedSubmission)) throw error;
      refused = error;
    }
    await probing;
    if (provisional) {
      if (await sandboxes[0].warmedUp()) confirmIsolation(provisional);
      else await prepareIsolation(request);
    }
    // Fails closed (one line, exit 2) before anything runs when strict isolation cannot be had.
    isolation = asSandboxUser(resolveIsolation(request), options.sandboxUid);
    if (refused) for (const sandbox of sandboxes.splice(0)) sandbox.close();
    else {
      for (const sandbox of sandboxes) sandbox.useIsolation(isolation);
      while (sandboxes.length < lanes) sandboxes.push(submissionSandbox(copy, isolation, bounds, options));
    }
    const onTensorflowBackend = (backend: TensorflowBackend): void => {
      tensorflow ??= backend;
      options.onTensorflowBackend?.(backend);
    };
    let next = 0;
    const lane = async (sandbox: Sandbox | undefined): Promise<void> => {
      while (next < loaded.length) {
        const k = next++;
        const shared = { clock, copy: refused ?? copy, sandbox, onTensorflowBackend };
        assignments[k] = await gradeAssignment(loaded[k].contract, dir, loaded[k].cases, { ...options, ...shared });
      }
    };
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(sandboxes[i])));
  } finally {
    for (const sandbox of sandboxes) sandbox.close();
    copy.remove();
  }
  const seeds: Record<string, number[]> = {};
  for (const { contract, cases } of loaded) {
    for (const c of cases) {
      const s = seedsOf(c, contract);
      if (s.length > 0) seeds[`${contract.name}/${c.id}`] = s;
    }
  }
  const pkg = JSON.parse(fs.readFileSync(`${PACKAGE_ROOT}/package.json`, "utf8")) as { version: string };
  return {
    header: {
      tool: "dnn-autograder",
      version: pkg.version,
      node: process.version,
      fixtures: sha256(fs.readFileSync(manifestPath(fixturesDir), "utf8")),
      submission: dir,
      seeds,
      gradedAt: new Date().toISOString(),
      isolation: { mode: isolation.mode, layers: isolation.layers },
      bounds: { assignmentMs: bounds.assignmentMs, submissionMs: bounds.submissionMs, callMaxMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      ...(tensorflow ? { tensorflow: tensorflowHeader(tensorflow) } : {}),
    },
    ...sumScores(assignments),
    ms: Math.round(performance.now() - started),
    assignments,
  };
}
