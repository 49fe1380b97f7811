/**
 * A grading session for one assignment of one submission: copies the submission for the sandbox,
 * owns the sandbox, judges cases one at a time within the time bounds. Used by both front doors (the
 * `grade` command and the jest graders), so both give the same result for every case: each case sees
 * the module as if freshly loaded, whichever cases ran before it.
 */
import * as path from "node:path";
import { findFunction, type AssignmentContract, type FunctionContract } from "../contracts";
import type { TensorflowBackend, TensorflowBackendRequest } from "../course/week3/tf-backend";
import { displayPath } from "../fixtures/paths";
import type { FixtureCase } from "../fixtures/types";
import { DEFAULT_BOUNDS, SubmissionClock, type AssignmentClock, type TimeBounds } from "./bounds";
import { cleanLine, cleanText } from "./clean-text";
import type { Verdict } from "./judge";
import type { CaseResult } from "./result";
import { isNotImplementedMessage } from "./unimplemented";
import { isSandboxUid, resolveIsolation, type Isolation, type IsolationRequest } from "./sandbox/isolation";
import { DEFAULT_MEMORY_MB, Sandbox, type CallOutcome, type LoadOutcome } from "./sandbox/sandbox";
import { copySubmission, RefusedSubmission, type SubmissionCopy } from "./sandbox/submission-copy";
import { findModule } from "./submission";
import { UserInputError } from "../errors";

/** Sandbox limits and isolation for a `GradingSession` (and so for `grade` and the jest graders). */
export interface SessionOptions {
  /** Longest wall-clock time of one call, ms (default 10 000); each case's own limit may be lower (`bounds.ts`). */
  timeoutMs?: number;
  /** Heap limit of the sandbox, MB (default 1024); the kernel bounds all its memory 256 MB above. */
  memoryMb?: number;
  /** `strict`, `basic` or `auto` (default `auto`: strict where it can be had). */
  isolation?: IsolationRequest;
  /**
   * The user the sandboxed children run as when the grader is root (default: `DNN_AUTOGRADER_SANDBOX_UID`,
   * else 64 123). Gradings side by side in one process may each take one of their own, so that their
   * processes can be told apart.
   */
  sandboxUid?: number;
  /** Time bounds of the assignment and the whole submission (default `DEFAULT_BOUNDS`). */
  bounds?: Partial<TimeBounds>;
  /** The submission's clock, shared by its assignments (made by `gradeSubmission`). */
  clock?: SubmissionClock;
  /**
   * The copy of the submission already made, or why it was refused (by `gradeSubmission`, for all of its
   * assignments); default: the session makes its own.
   */
  copy?: SubmissionCopy | RefusedSubmission;
  /**
   * A sandbox of that copy shared by the submission's assignments, one after another (its owner closes
   * it); default: the session starts its own.
   */
  sandbox?: Sandbox;
  /**
   * The TensorFlow.js backend of a TensorFlow assignment's sandbox: `auto` (default: WebAssembly,
   * the CPU backend when it cannot start), `wasm` or `cpu`.
   */
  tensorflowBackend?: TensorflowBackendRequest;
  /** Told the TensorFlow.js backend the sandbox started when a TensorFlow assignment's module loads. */
  onTensorflowBackend?: (backend: TensorflowBackend) => void;
}

/** `isolation`, its children run as `uid` when one is given (see `SessionOptions.sandboxUid`). */
export function asSandboxUser(isolation: Isolation, uid: number | undefined): Isolation {
  checkSandboxUid(uid);
  return uid === undefined ? isolation : isolation.asUser(uid);
}

/** Throws a `UserInputError` naming `sandboxUid` unless `uid` is undefined or can be the sandbox's user. */
export function checkSandboxUid(uid: number | undefined): void {
  if (uid !== undefined && !isSandboxUid(uid)) throw new UserInputError(`sandboxUid: expected a positive integer user id, got ${String(uid)}`);
}

/** The backend request for `contract`'s sandbox: a request for the assignments that load TensorFlow.js, none for the others. */
export function tensorflowRequest(contract: AssignmentContract, options: SessionOptions): TensorflowBackendRequest | undefined {
  return contract.packages.includes("@tensorflow/tfjs-core") ? (options.tensorflowBackend ?? "auto") : undefined;
}

type CaseVerdict = Verdict & { ms?: number; unimplemented?: boolean };

/**
 * A case run in the sandbox (`GradingSession.runCase`): its verdict already, when nothing could be
 * called, or the graded function and what became of the call, still to be judged.
 */
export type CaseRun = { verdict: CaseVerdict } | { fn: FunctionContract; outcome: CallOutcome };

/** Default wall-clock limit per call to a student function (and for loading the module), in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Default heap limit of the student process, in MB (defined beside the sandbox, which the bin may start before this module loads). */
export { DEFAULT_MEMORY_MB };

/**
 * Grades the cases of one assignment against one submission folder, in a sandbox started on first use;
 * records why functions could not be graded in `errors`. Call `close()` when done.
 */
export class GradingSession {
  private sandbox: Sandbox | undefined;
  private copy: SubmissionCopy | undefined;
  private loaded: Promise<LoadOutcome> | undefined;
  private loadOutcome: LoadOutcome | undefined;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly clock: AssignmentClock;
  private readonly sharedCopy: SubmissionCopy | RefusedSubmission | undefined;
  private readonly sharedSandbox: Sandbox | undefined;
  private refusal: string | undefined;
  private readonly tensorflow: TensorflowBackendRequest | undefined;
  private readonly onTensorflowBackend: ((backend: TensorflowBackend) => void) | undefined;
  /** The isolation in force. */
  readonly isolation: Isolation;
  /** Why functions could not be graded (missing module, refused or broken module, missing export); each once. */
  readonly errors: string[] = [];
  readonly modulePath: string | undefined;

  constructor(
    readonly contract: AssignmentContract,
    readonly submissionDir: string,
    options: SessionOptions = {},
  ) {
    this.modulePath = findModule(submissionDir, contract);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    this.isolation = asSandboxUser(resolveIsolation(options.isolation ?? "auto"), options.sandboxUid);
    this.clock = (options.clock ?? new SubmissionClock({ ...DEFAULT_BOUNDS, ...options.bounds })).assignment();
    this.sharedCopy = options.copy;
    this.sharedSandbox = options.sandbox;
    this.tensorflow = tensorflowRequest(contract, options);
    this.onTensorflowBackend = options.onTensorflowBackend;
  }

  private noteError(message: string): void {
    if (!this.errors.includes(message)) this.errors.push(message);
  }

  /** The sandbox, made on first use from a copy of the submission; the one-line reason when the copy is refused. */
  private prepare(): Sandbox | string {
    if (this.sandbox) return this.sandbox;
    if (this.refusal) return this.refusal;
    try {
      if (this.sharedCopy instanceof RefusedSubmission) throw this.sharedCopy;
      this.copy = this.sharedCopy ?? copySubmission(this.submissionDir);
    } catch (error) {
      if (!(error instanceof RefusedSubmission)) throw error;
      this.refusal = `${displayPath(this.submissionDir)} cannot be graded: ${cleanText(error.message, 500)}`;
      return this.refusal;
    }
    const rel = path.relative(this.submissionDir, this.modulePath!);
    if (this.sharedSandbox) {
      this.sharedSandbox.useModule(path.join(this.copy.dir, rel), () => this.clock.loadLimitMs(), this.tensorflow);
      this.sandbox = this.sharedSandbox;
      return this.sandbox;
    }
    this.sandbox = new Sandbox({
      modulePath: path.join(this.copy.dir, rel),
      copyDir: this.copy.dir,
      loadLimitMs: () => this.clock.loadLimitMs(),
      memoryMb: this.memoryMb,
      cpuSeconds: this.clock.cpuSeconds(),
      isolation: this.isolation,
      tensorflow: this.tensorflow,
    });
    return this.sandbox;
  }

  /** The module's load, once per session; its outcome is kept so that later cases reach the sandbox without waiting a turn. */
  private async loadOnce(sandbox: Sandbox): Promise<LoadOutcome> {
    this.loaded ??= sandbox.load().then((outcome) => {
      if (outcome.ok && outcome.backend) this.onTensorflowBackend?.(outcome.backend);
      this.loadOutcome = outcome;
      return outcome;
    });
    return this.loaded;
  }

  /**
   * Runs `fixtureCase` up to the sandbox's outcome: a verdict already when nothing could be called
   * (missing module or export, no time left…), otherwise the call's outcome for `finishCase` to judge.
   * Once the module is loaded and a child runs, the call is sent before this returns its promise.
   */
  async runCase(fixtureCase: FixtureCase): Promise<CaseRun> {
    const fn = findFunction(this.contract, fixtureCase.function);
    if (!fn) return { verdict: { passed: false, stage: "exported", lines: [`${fixtureCase.function} is not graded in ${this.contract.name}`] } };
    const moduleName = displayPath(path.join(this.submissionDir, this.contract.module));
    if (!this.modulePath) {
      const message = `${moduleName}.ts (or .js) is missing`;
      this.noteError(message);
      return { verdict: { passed: false, stage: "exported", lines: [message] } };
    }
    const sandbox = this.prepare();
    if (typeof sandbox === "string") {
      this.noteError(sandbox);
      return { verdict: { passed: false, stage: "exported", lines: [sandbox] } };
    }
    const out = this.clock.exhausted();
    if (out) return { verdict: { passed: false, stage: "time", lines: [out] } };
    const loaded = this.loadOutcome ?? (await this.loadOnce(sandbox));
    if (!loaded.ok) {
      const message = cleanText(loaded.message);
      this.noteError(message);
      return { verdict: { passed: false, stage: "exported", lines: [message] } };
    }
    const kind = loaded.exports[fn.name];
    if (kind === undefined) {
      // Unfinished work, not a module that cannot be graded: the case loses its points (exit code 1).
      return {
        verdict: {
          passed: false,
          stage: "exported",
          lines: [`not implemented yet: ${displayPath(this.modulePath)} does not export ${fn.name}`],
          unimplemented: true,
        },
      };
    }
    if (kind !== "function") {
      return { verdict: { passed: false, stage: "callable", lines: [`${fn.name} is exported but is a ${cleanText(kind, 40)}, not a function`] } };
    }
    const later = this.clock.exhausted();
    if (later) return { verdict: { passed: false, stage: "time", lines: [later] } };
    const limit = this.clock.callLimitMs(this.contract.name, fixtureCase, this.timeoutMs);
    return { fn, outcome: await sandbox.call(fn.name, fixtureCase.args, limit, fixtureCase.check, fixtureCase.checkOptions) };
  }

  /** The verdict on a case from its run: the sandbox's outcome judged here, in the grading process. */
  private verdict(fixtureCase: FixtureCase, run: CaseRun): CaseVerdict {
    if ("verdict" in run) return run.verdict;
    const { fn, outcome } = run;
    // Loaded on first use: the checks and the course code behind it are many modules, and `grade`
    // starts its children before it loads them (see `gradeSubmission`).
    const { judgeSafely } = require("./judge") as typeof import("./judge");
    const verdict = judgeSafely(fixtureCase, fn, outcome);
    if (outcome.kind === "threw" && isNotImplementedMessage(outcome.message)) return { ...verdict, unimplemented: true };
    return outcome.kind === "returned" ? { ...verdict, ms: outcome.ms } : verdict;
  }

  /** The result of one case from its run (`runCase`): all of its points or none. */
  finishCase(fixtureCase: FixtureCase, run: CaseRun): CaseResult {
    const v = this.verdict(fixtureCase, run);
    const result: CaseResult = {
      id: fixtureCase.id,
      visibility: fixtureCase.visibility,
      description: fixtureCase.description,
      passed: v.passed,
      score: v.passed ? fixtureCase.points : 0,
      maxScore: fixtureCase.points,
      message: cleanText(v.lines.join("\n"), 4000),
      stage: v.stage,
    };
    if (v.fault) result.fault = true;
    if (v.unimplemented && !v.passed) result.unimplemented = true;
    if (v.notes && v.notes.length > 0) result.notes = v.notes.map((n) => cleanText(n, 1000));
    if (v.diff) result.diff = { ...v.diff, path: cleanLine(v.diff.path, 200) };
    if (v.ms !== undefined) result.ms = Math.round(v.ms * 1000) / 1000;
    return result;
  }

  /** Grades one case: all of its points or none. */
  async gradeCase(fixtureCase: FixtureCase): Promise<CaseResult> {
    return this.finishCase(fixtureCase, await this.runCase(fixtureCase));
  }

  /** Ends the sandbox and deletes the copy of the submission. */
  close(): void {
    if (this.sandbox !== this.sharedSandbox) this.sandbox?.close();
    if (this.copy !== this.sharedCopy) this.copy?.remove();
  }
}
