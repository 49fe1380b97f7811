/**
 * What `npm run bench` needs to know of one benchmark: the same training done in TypeScript (in
 * this process) and in numpy (a Python script beside it), from the same inputs.
 *
 * The Python script's protocol: `python3 SCRIPT INPUT.json` where INPUT.json is `pythonInput()`;
 * it prints one line of JSON with at least `{ "seconds": <the training loop only>, "lines": [the
 * log lines it would print] }`.
 */
export interface TsRun {
  /** The log lines, as the notebook prints them. */
  lines: string[];
}

export interface Benchmark {
  /** Short name, for `--only`. */
  name: string;
  /** What is timed, e.g. "He initialization, 15 000 iterations on the circles". */
  title: string;
  /**
   * The median TS/numpy time ratio not to exceed: `npm run bench` exits 1 when a benchmark misses it
   * (`TRAINING_GOAL` for the notebooks' runs in src/np).
   */
  goal: number;
  /** The numpy script, relative to test/bench/. */
  pythonScript: string;
  /** Builds the inputs once (data, initial parameters); returns what Python reads and the TS run. */
  prepare(): { pythonInput: unknown; runTs(): TsRun };
}

/** The goal of every notebook run computed with src/np: no slower than numpy with OpenBLAS. */
export const TRAINING_GOAL = 1.0;
