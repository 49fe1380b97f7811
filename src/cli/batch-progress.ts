/**
 * Progress of a batch: a bar (cli-progress) on a terminal, one plain line per submission elsewhere
 * (CI logs). Colour as `./terminal` rules: only on a terminal, and never when `NO_COLOR` is set.
 */
import type { GradebookEntry } from "../grading/batch/gradebook";
import { cleanLine } from "../grading/clean-text";
import { progressBar } from "./progress-bar";
import { isTerminal, type Environment } from "./terminal";

/** A progress display: `done` after each submission, `stop` at the end. */
export interface BatchProgress {
  done(entry: GradebookEntry, done: number, total: number): void;
  stop(): void;
}

/** The display for `total` submissions on `stream` (default: standard error), `env` read for `NO_COLOR`. */
export function batchProgress(
  total: number,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
  env: Environment = process.env,
): BatchProgress {
  if (isTerminal(stream)) {
    const bar = progressBar(stream, env, "grading", "{value}/{total} submissions · {eta_formatted} left · {last}");
    bar.start(total, 0, { last: "" });
    return {
      done: (entry, done) => bar.update(done, { last: cleanLine(`${entry.id}: ${entry.status}`, 60) }),
      stop: () => bar.stop(),
    };
  }
  return {
    done: (entry, done, all) => {
      const points = entry.result ? ` (${entry.result.score}/${entry.result.maxScore})` : "";
      stream.write(`[${done}/${all}] ${cleanLine(entry.id, 80)}: ${cleanLine(entry.status, 200)}${points}\n`);
    },
    stop: () => undefined,
  };
}
