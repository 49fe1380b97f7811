/**
 * Progress of `fixtures generate`: a bar (cli-progress) on a terminal, one plain line per case file
 * elsewhere (CI logs, redirected output); colour as `./terminal` rules.
 */
import type { GenerateProgress } from "../fixtures/generate";
import { cleanLine } from "../grading/clean-text";
import { progressBar } from "./progress-bar";
import { isTerminal, type Environment } from "./terminal";

/** A progress display: `update` after each case, `stop` at the end (also after a failure). */
export interface FixturesProgress {
  update(progress: GenerateProgress): void;
  stop(): void;
}

/** The display on `stream` (default: standard error, so that standard output keeps the list of files written). */
export function fixturesProgress(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr, env: Environment = process.env): FixturesProgress {
  if (isTerminal(stream)) {
    const bar = progressBar(stream, env, "fixtures", "{value}/{total} cases · {eta_formatted} left · {last}");
    let started = false;
    return {
      update: (p) => {
        const last = cleanLine(`${p.assignment} ${p.visibility} ${p.caseId}`, 60);
        if (!started) {
          bar.start(p.total, p.done, { last });
          started = true;
        } else bar.update(p.done, { last });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  return {
    update: (p) => {
      if (!p.fileDone) return;
      const cases = `${p.fileCases} case${p.fileCases === 1 ? "" : "s"}`;
      stream.write(`[${p.done}/${p.total}] ${cleanLine(`${p.assignment} (${p.visibility})`, 80)}: ${cases}\n`);
    },
    stop: () => undefined,
  };
}
