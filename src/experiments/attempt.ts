/**
 * How an experiment runs each of its runs. Experiments call `attempt(label, body)` around each run
 * and keep what it returns; the default runs the body as it is (errors propagate), while the
 * sandboxed child's (`child.ts`) skips a run whose graded function is not written yet and reports it.
 */

/** Runs `body`, the run called `label`; returns its result, or undefined for a run that did not run. */
export type Attempt = <T>(label: string, body: () => T) => T | undefined;

/** Runs every run as it is: what tests and direct callers use. */
export const RUN_ALL: Attempt = (_label, body) => body();
