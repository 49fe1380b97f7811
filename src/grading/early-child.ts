/**
 * The `grade` command's first sandboxed child, started by the bin before the command line is parsed:
 * Node and the harness start up in the child while the grading process loads commander, the command
 * and the grading engine. It is started exactly as `gradeSubmission` starts a lane's warm child (the
 * isolation expected for the request, on a reserved, still empty copy of the submission, which the
 * child reads nothing of before it is asked to load a module), and `gradeSubmission` takes it as its
 * first lane's child when it asks for the same settings; otherwise it is ended unused. The CLI ends
 * one that nothing took (`discardEarlyChild`), so none outlives the command.
 */
import { LOAD_LIMIT_MS } from "./bounds";
import type { IsolationRequest } from "./sandbox/isolation";
import type { Sandbox } from "./sandbox/sandbox";
import type { SubmissionCopy } from "./sandbox/submission-copy";

/** What an early child is started with; a grading run takes it only when it asks for the same. */
export interface EarlyChildSettings {
  /** The isolation requested (`--isolation`). */
  request: IsolationRequest;
  /** The child's heap limit, MB (`--memory`). */
  memoryMb: number;
  /** The CPU seconds the kernel allows the child. */
  cpuSeconds: number;
}

/** An early child and the reserved copy of the submission it serves. */
export interface EarlyChild {
  /** The sandbox whose warm child was started (no module named yet). */
  sandbox: Sandbox;
  /** The reserved copy of the submission, still empty: the grading run fills it. */
  copy: SubmissionCopy;
}

let early: (EarlyChild & { settings: EarlyChildSettings }) | undefined;

/**
 * Starts the early child with `settings` and returns it (still owned here until a grading run takes
 * it), unless one was started already or no isolation is worth assuming before a trial sandbox
 * (`provisionalIsolation`): then `gradeSubmission` decides as usual.
 */
export function startEarlyChild(settings: EarlyChildSettings): EarlyChild | undefined {
  if (early) return undefined;
  const { provisionalIsolation } = require("./sandbox/isolation") as typeof import("./sandbox/isolation");
  const isolation = provisionalIsolation(settings.request);
  if (!isolation) return undefined;
  const { reserveCopy } = require("./sandbox/submission-copy") as typeof import("./sandbox/submission-copy");
  const { Sandbox } = require("./sandbox/sandbox") as typeof import("./sandbox/sandbox");
  const copy = reserveCopy();
  const sandbox = new Sandbox({
    modulePath: "",
    copyDir: copy.dir,
    loadLimitMs: () => LOAD_LIMIT_MS,
    memoryMb: settings.memoryMb,
    cpuSeconds: settings.cpuSeconds,
    isolation,
  });
  early = { settings, sandbox, copy };
  sandbox.warm();
  return { sandbox, copy };
}

/**
 * The early child, for a grading run with `settings` (its owner from now on: it closes the sandbox
 * and removes the copy); undefined when none was started. One started with other settings is ended
 * and its copy removed.
 */
export function takeEarlyChild(settings: EarlyChildSettings): EarlyChild | undefined {
  const taken = early;
  early = undefined;
  if (!taken) return undefined;
  const same =
    taken.settings.request === settings.request && taken.settings.memoryMb === settings.memoryMb && taken.settings.cpuSeconds === settings.cpuSeconds;
  if (same) return { sandbox: taken.sandbox, copy: taken.copy };
  taken.sandbox.close();
  taken.copy.remove();
  return undefined;
}

/** Ends the early child that no grading run took (the command failed before grading, or was not a grade), and removes its copy. */
export function discardEarlyChild(): void {
  const taken = early;
  early = undefined;
  if (!taken) return;
  taken.sandbox.close();
  taken.copy.remove();
}
