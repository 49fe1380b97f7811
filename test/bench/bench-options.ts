/**
 * The command line of `npm run bench`: `--runs N` (alternating timed runs of each side, and rounds of
 * the timed commands; default 5), `--only NAME` (one training benchmark, or `grading` for the grading
 * latency alone), `--suite` (also time one `npm test`) and `--help`. An unknown option, a stray
 * argument or a bad value is one line naming it; nothing runs.
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";

/** The name `--only` takes for the grading latency (`grading-latency.ts`). */
export const GRADING = "grading";

/** What to run: the chosen training benchmarks' names, whether to time the grading and the suite, and the runs per side. */
export interface BenchOptions {
  runs: number;
  /** Training benchmarks to run (all of them without `--only`, none with `--only grading`). */
  names: string[];
  /** Whether to time grading through the bin (without `--only`, or with `--only grading`). */
  grading: boolean;
  /** Whether to time one run of the test suite (`--suite`). */
  suite: boolean;
}

/** The outcome of reading the command line: options to run with, a text to print (help), or one line of error. */
export type BenchCommandLine = { ok: true; options: BenchOptions } | { ok: false; exitCode: 0 | 2; text: string };

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

/**
 * Reads `argv` (the arguments after the script, as `process.argv.slice(2)`) against the known
 * training benchmark names `known`. Help exits 0 with the usage; any mistake exits 2 with one line.
 */
export function readBenchOptions(argv: readonly string[], known: readonly string[]): BenchCommandLine {
  let printed = "";
  const choices = [...known, GRADING];
  const program = new Command("npm run bench --")
    .description(
      "Times each notebook training in TypeScript against the same computation in numpy (alternating runs after one untimed warm-up " +
        "of each), then grading the answer key through the built bin (each assignment and all of them, start-up and npx's overhead), " +
        "and exits 1 when a figure misses its goal. The trainings need python3 with numpy (PYTHON=/path/to/python3 to use another); " +
        "the grading needs a build (npm run build).",
    )
    .option("--runs <n>", "timed runs of each side, and rounds of the timed commands", positiveInteger, 5)
    .option("--only <name>", `run one benchmark: ${choices.join(", ")}`)
    .option("--suite", "also time one run of the test suite (npm test, a few minutes)", false)
    .helpOption("-h, --help", "print this help")
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (printed += s), writeErr: (s) => (printed += s), outputError: () => undefined });
  try {
    program.parse(argv as string[], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return { ok: false, exitCode: 0, text: printed.trimEnd() };
    return { ok: false, exitCode: 2, text: error.message.replace(/^error: /, "") };
  }
  const { runs, only, suite } = program.opts<{ runs: number; only?: string; suite: boolean }>();
  if (only !== undefined && !choices.includes(only)) return { ok: false, exitCode: 2, text: `--only: no benchmark "${only}" (known: ${choices.join(", ")})` };
  const names = only === undefined ? [...known] : only === GRADING ? [] : [only];
  return { ok: true, options: { runs, names, grading: only === undefined || only === GRADING, suite } };
}
