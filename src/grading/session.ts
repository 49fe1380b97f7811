/**
 * A grading session for one assignment of one submission: owns the sandbox, judges cases one
 * at a time. Used by both front doors (the `grade` command and the jest graders).
 */
import * as path from "node:path";
import { findFunction, type AssignmentContract } from "../contracts";
import { displayPath } from "../fixtures/paths";
import type { FixtureCase } from "../fixtures/types";
import { judge, type Verdict } from "./judge";
import type { CaseResult } from "./result";
import { Sandbox, type LoadOutcome } from "./sandbox/sandbox";
import { findModule } from "./submission";

/** Sandbox limits for a `GradingSession` (and so for `grade` and the jest graders). */
export interface SessionOptions {
  /** Wall-clock limit per call, ms (default 10 000). */
  timeoutMs?: number;
  /** Heap limit of the sandbox, MB (default 1024). */
  memoryMb?: number;
}

/** Default wall-clock limit per call to a student function (and for loading the module), in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Default heap limit of the student process, in MB. */
export const DEFAULT_MEMORY_MB = 1024;

/**
 * Grades the cases of one assignment against one submission folder, in one sandbox started on first
 * use; records why functions could not be graded in `errors`. Call `close()` when done.
 */
export class GradingSession {
  private readonly sandbox: Sandbox | undefined;
  private loaded: Promise<LoadOutcome> | undefined;
  /** Why functions could not be graded (missing module, compile error, missing export); each once. */
  readonly errors: string[] = [];

  constructor(
    readonly contract: AssignmentContract,
    readonly submissionDir: string,
    options: SessionOptions = {},
  ) {
    this.modulePath = findModule(submissionDir, contract);
    if (this.modulePath) {
      this.sandbox = new Sandbox({
        modulePath: this.modulePath,
        submissionDir,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB,
      });
    }
  }

  readonly modulePath: string | undefined;

  private noteError(message: string): void {
    if (!this.errors.includes(message)) this.errors.push(message);
  }

  private async verdict(fixtureCase: FixtureCase): Promise<Verdict & { ms?: number }> {
    const fn = findFunction(this.contract, fixtureCase.function);
    if (!fn) return { passed: false, stage: "exported", lines: [`${fixtureCase.function} is not graded in ${this.contract.name}`] };
    const moduleName = displayPath(path.join(this.submissionDir, this.contract.module));
    if (!this.sandbox || !this.modulePath) {
      const message = `${moduleName}.ts (or .js) is missing`;
      this.noteError(message);
      return { passed: false, stage: "exported", lines: [message] };
    }
    this.loaded ??= this.sandbox.load();
    const loaded = await this.loaded;
    if (!loaded.ok) {
      this.noteError(loaded.message);
      return { passed: false, stage: "exported", lines: [loaded.message] };
    }
    const kind = loaded.exports[fn.name];
    if (kind === undefined) {
      const message = `${displayPath(this.modulePath)} does not export ${fn.name}`;
      this.noteError(message);
      return { passed: false, stage: "exported", lines: [message] };
    }
    if (kind !== "function") {
      return { passed: false, stage: "callable", lines: [`${fn.name} is exported but is a ${kind}, not a function`] };
    }
    const outcome = await this.sandbox.call(fn.name, fixtureCase.args, fixtureCase.check, fixtureCase.checkOptions);
    const verdict = judge(fixtureCase, fn, outcome);
    return outcome.kind === "returned" ? { ...verdict, ms: outcome.ms } : verdict;
  }

  /** Grades one case: all of its points or none. */
  async gradeCase(fixtureCase: FixtureCase): Promise<CaseResult> {
    const v = await this.verdict(fixtureCase);
    const result: CaseResult = {
      id: fixtureCase.id,
      visibility: fixtureCase.visibility,
      description: fixtureCase.description,
      passed: v.passed,
      score: v.passed ? fixtureCase.points : 0,
      maxScore: fixtureCase.points,
      message: v.lines.join("\n"),
      stage: v.stage,
    };
    if (v.ms !== undefined) result.ms = Math.round(v.ms * 1000) / 1000;
    return result;
  }

  close(): void {
    this.sandbox?.close();
  }
}
