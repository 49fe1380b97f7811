/**
 * Time bounds no submission can exceed:
 * - per call: `CALL_FLOOR_MS` plus `CALL_SCALE` times the reference's own time for that case (recorded
 *   by `fixtures generate` in `fixtures/timing.json`), never more than `--timeout` (default 10 s), and
 *   never more than what is left of the bounds below;
 * - per assignment: `assignmentMs` (default 60 s) of wall time for starting children, loading the
 *   module and every call;
 * - per submission: `submissionMs` (default 180 s) across all of its assignments.
 * A case reached after a bound ran out fails with a line saying which bound; the kernel's CPU limit of
 * each child is the assignment bound.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_FIXTURES_DIR } from "../fixtures/paths";
import type { FixtureCase } from "../fixtures/types";

/** The whole-run bounds, in milliseconds. */
export interface TimeBounds {
  assignmentMs: number;
  submissionMs: number;
}

/** The defaults: 60 s per assignment, 180 s per submission. */
export const DEFAULT_BOUNDS: TimeBounds = { assignmentMs: 60_000, submissionMs: 180_000 };
/** Every call may take at least this long (a child's first call also pays for loading TensorFlow.js). */
export const CALL_FLOOR_MS = 2_000;
/** … plus this many times the reference's time for the case. */
export const CALL_SCALE = 50;
/** Starting a child and loading the module may take this long (within the bounds above). */
export const LOAD_LIMIT_MS = 20_000;

/** The CPU seconds the kernel allows a child of `gradeSubmission`, which may serve every assignment of the submission. */
export function submissionCpuSeconds(bounds: TimeBounds): number {
  return Math.ceil(bounds.submissionMs / 1000) + 5;
}

/** `fixtures/timing.json`: the reference's time per case, ms, by `assignment/caseId`. */
export function timingPath(fixturesDir = DEFAULT_FIXTURES_DIR): string {
  return path.join(fixturesDir, "timing.json");
}

/** `timing.json` of each fixtures folder read so far. */
const timings = new Map<string, Record<string, number>>();

function referenceMs(fixturesDir: string, assignment: string, caseId: string): number | undefined {
  let timing = timings.get(fixturesDir);
  if (!timing) {
    try {
      timing = (JSON.parse(fs.readFileSync(timingPath(fixturesDir), "utf8")) as { cases?: Record<string, number> }).cases ?? {};
    } catch {
      timing = {};
    }
    timings.set(fixturesDir, timing);
  }
  const ms = timing[`${assignment}/${caseId}`];
  return typeof ms === "number" && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** The per-call limit for a case whose reference took `refMs` (undefined: not recorded), at most `maxMs`. */
export function scaledCallLimit(refMs: number | undefined, maxMs: number): number {
  if (refMs === undefined) return maxMs;
  return Math.min(maxMs, Math.ceil(CALL_FLOOR_MS + CALL_SCALE * refMs));
}

/** One submission's clock: its own remaining time, and a clock per assignment (assignments may run side by side). */
export class SubmissionClock {
  private readonly start = Date.now();

  /** `fixturesDir`: where the cases (and so the reference's timings) come from. */
  constructor(
    readonly bounds: TimeBounds = DEFAULT_BOUNDS,
    readonly fixturesDir: string = DEFAULT_FIXTURES_DIR,
  ) {}

  /** Milliseconds the submission has left. */
  left(): number {
    return this.bounds.submissionMs - (Date.now() - this.start);
  }

  /** A clock for an assignment starting now. */
  assignment(): AssignmentClock {
    return new AssignmentClock(this);
  }
}

/** One assignment's clock, within its submission's. */
export class AssignmentClock {
  private readonly start = Date.now();

  constructor(private readonly submission: SubmissionClock) {}

  private get bounds(): TimeBounds {
    return this.submission.bounds;
  }

  /** Why no more cases may run, or undefined while time is left. */
  exhausted(): string | undefined {
    if (this.submission.left() <= 0) return `not graded: the submission used up its time bound (${this.bounds.submissionMs / 1000} s for all assignments)`;
    if (this.assignmentLeft() <= 0) return `not graded: this assignment used up its time bound (${this.bounds.assignmentMs / 1000} s)`;
    return undefined;
  }

  private assignmentLeft(): number {
    return this.bounds.assignmentMs - (Date.now() - this.start);
  }

  private remaining(): number {
    return Math.max(1, Math.min(this.assignmentLeft(), this.submission.left()));
  }

  /** The limit of one call of `fixtureCase` (see the module comment). */
  callLimitMs(assignment: string, fixtureCase: FixtureCase, maxMs: number): number {
    return Math.min(scaledCallLimit(referenceMs(this.submission.fixturesDir, assignment, fixtureCase.id), maxMs), this.remaining());
  }

  /** The limit for starting a child and loading the module. */
  loadLimitMs(): number {
    return Math.min(LOAD_LIMIT_MS, this.remaining());
  }

  /** The kernel's CPU-time limit of one child, seconds. */
  cpuSeconds(): number {
    return Math.ceil(this.bounds.assignmentMs / 1000) + 5;
  }
}
