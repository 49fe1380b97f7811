/**
 * Progress of an experiment: on a terminal, a bar (cli-progress) counting the runs, with the log
 * scrolling above it; elsewhere, one plain line per run on stderr (CI logs) and the log on stdout as
 * it is. Colour only on a terminal, and never when `NO_COLOR` is set: skipped runs in yellow,
 * stopped ones in red.
 */
import { MultiBar, type SingleBar } from "cli-progress";
import type { RunEvent } from "../experiments/events";
import { cleanLine } from "../grading/clean-text";

/** A progress display: `log` for each log line (ending in a newline), `run` after each run, `stop` at the end. */
export interface ExperimentProgress {
  log(text: string, stream: "stdout" | "stderr"): void;
  run(event: RunEvent): void;
  stop(): void;
}

const YELLOW = "\u001b[33m";
const RED = "\u001b[31m";
const RESET = "\u001b[39m";

/** `text`'s lines coloured: a skipped run yellow, a stopped one red. */
function coloured(text: string): string {
  return text.replace(/^(skipped the .*|dnn-autograder: .*stopped.*)$/gm, (line) => `${line.startsWith("skipped") ? YELLOW : RED}${line}${RESET}`);
}

/** What the run's outcome says, in a few words. */
function outcomeText(event: RunEvent): string {
  return event.status === "ran" ? "ran" : `${event.status}${event.reason ? ` (${event.reason})` : ""}`;
}

/** The display for an experiment of `runs` runs, its bar on `stderr` when that is a terminal. */
export function experimentProgress(
  name: string,
  runs: number,
  stdout: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): ExperimentProgress {
  const colour = (stream: NodeJS.WriteStream) => stream.isTTY === true && !process.env.NO_COLOR;
  const write = (text: string, stream: NodeJS.WriteStream) => stream.write(colour(stream) ? coloured(text) : text);
  let done = 0;
  if (stderr.isTTY) {
    const useColour = colour(stderr);
    const multi = new MultiBar({
      format: `${name} {bar} {value}/{total} runs · {eta_formatted} left · {last}`,
      stream: stderr,
      hideCursor: true,
      barCompleteChar: useColour ? "\u2588" : "#",
      barIncompleteChar: useColour ? "\u2591" : "-",
    });
    const bar: SingleBar = multi.create(runs, 0, { last: "" });
    return {
      // On one terminal the log scrolls above the bar; a redirected stdout gets it as it is.
      log: (text, stream) => (stream === "stderr" || stdout.isTTY ? multi.log(useColour ? coloured(text) : text) : void stdout.write(text)),
      run: (event) => bar.update(++done, { last: cleanLine(`${event.label}: ${outcomeText(event)}`, 60) }),
      stop: () => {
        multi.update();
        multi.stop();
      },
    };
  }
  return {
    log: (text, stream) => void write(text, stream === "stdout" ? stdout : stderr),
    run: (event) => void stderr.write(`[${++done}/${runs}] ${event.label}: ${outcomeText(event)}\n`),
    stop: () => undefined,
  };
}
