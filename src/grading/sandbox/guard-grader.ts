/**
 * The grading process's own guard against what a sandboxed child might send it. Where the child can
 * reach the grader at all (basic isolation without a separate user), SIGUSR1 would open Node's
 * inspector on 127.0.0.1:9229, from which a script could rewrite any grade: a listener of our own
 * keeps Node from starting it. (Strict isolation puts the child where it cannot signal the grader.)
 */

let guarded = false;

/** Installs the guard once per process. */
export function guardGraderProcess(): void {
  if (guarded) return;
  guarded = true;
  process.on("SIGUSR1", () => undefined);
}
