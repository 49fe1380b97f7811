/**
 * Progress of a batch: a bar (cli-progress) on a terminal, one plain line per submission elsewhere
 * (CI logs). Colour only on a terminal, and never when `NO_COLOR` is set.
 */
import { SingleBar } from "cli-progress";
import type { GradebookEntry } from "../grading/batch/gradebook";
import { cleanLine } from "../grading/clean-text";

/** A progress display: `done` after each submission, `stop` at the end. */
export interface BatchProgress {
  done(entry: GradebookEntry, done: number, total: number): void;
  stop(): void;
}

/** The display for `total` submissions on `stream`. */
export function batchProgress(total: number, stream: NodeJS.WriteStream = process.stderr): BatchProgress {
  if (stream.isTTY) {
    const colour = !process.env.NO_COLOR;
    const bar = new SingleBar({
      format: `grading {bar} {value}/{total} submissions · {eta_formatted} left · {last}`,
      stream,
      hideCursor: true,
      barCompleteChar: colour ? "\u2588" : "#",
      barIncompleteChar: colour ? "\u2591" : "-",
    });
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
