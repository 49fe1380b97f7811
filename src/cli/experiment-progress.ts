/**
 * Progress of an experiment: on a terminal, a bar (cli-progress) counting the runs, with the log
 * scrolling above it; elsewhere, one plain line per run on stderr (CI logs) and the log on stdout as
 * it is. Colour only on a terminal, and never when `NO_COLOR` is set: skipped runs in yellow,
 * stopped ones in red.
 */
import { MultiBar, type SingleBar } from "cli-progress";
import type { RunEvent } from "../experiments/events";
import { cleanLine } from "../grading/clean-text";
import { barCharacters } from "./progress-bar";
import { colourAllowed, isTerminal } from "./terminal";

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
  const write = (text: string, stream: NodeJS.WriteStream) => stream.write(colourAllowed(stream) ? coloured(text) : text);
  let done = 0;
  if (isTerminal(stderr)) {
    const useColour = colourAllowed(stderr);
    const multi = new MultiBar({
      format: `${name} {bar} {value}/{total} runs · {eta_formatted} left · {last}`,
      stream: stderr,
      hideCursor: true,
      ...barCharacters(useColour),
    });
    const bar: SingleBar = multi.create(runs, 0, { last: "" });
    return {
      // On one terminal the log scrolls above the bar; a redirected stdout gets it as it is.
      log: (text, stream) => (stream === "stderr" || isTerminal(stdout) ? multi.log(useColour ? coloured(text) : text) : void stdout.write(text)),
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
