/**
 * Unfinished work in an experiment: a graded function the submission does not export, or whose stub
 * throws "not implemented". The child wraps every graded function so that either throws `Unfinished`
 * naming the function, which skips the run that needed it instead of stopping the experiment.
 */
import { isNotImplementedMessage } from "../grading/unimplemented";

/** Thrown when a run calls a graded function that is not written yet. */
export class Unfinished extends Error {
  override name = "Unfinished";
  constructor(
    readonly fn: string,
    readonly exported: boolean,
  ) {
    super(exported ? `${fn} is not implemented yet` : `${fn} is not exported`);
  }
}

/** Whether `error` is a stub's "not implemented", read without trusting the value (its getters may throw). */
function saysNotImplemented(error: unknown): boolean {
  try {
    const message = error instanceof Error ? error.message : error;
    return typeof message === "string" && isNotImplementedMessage(message.slice(0, 10_000));
  } catch {
    return false;
  }
}

/**
 * The graded functions `names` of the submission, each replaced by a function that calls the
 * submitted one (with the module as `this`) and turns a "not implemented" throw into `Unfinished`; a
 * missing one throws `Unfinished` when called. Nothing else of the module is kept (experiments call
 * graded functions only), so no other export's getter runs.
 */
export function guardUnfinished(submitted: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const guarded: Record<string, unknown> = {};
  for (const name of names) {
    const fn = submitted[name];
    guarded[name] =
      typeof fn !== "function"
        ? () => {
            throw new Unfinished(name, false);
          }
        : (...args: unknown[]) => {
            try {
              return (fn as (...a: unknown[]) => unknown).apply(submitted, args);
            } catch (error) {
              if (error instanceof Unfinished) throw error;
              if (saysNotImplemented(error)) throw new Unfinished(name, true);
              throw error;
            }
          };
  }
  return guarded;
}
