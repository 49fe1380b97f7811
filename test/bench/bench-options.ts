/**
 * The command line of `npm run bench`: `--runs N` (alternating timed runs of each side, default 5),
 * `--only NAME` (one benchmark) and `--help`. An unknown option, a stray argument or a bad value is
 * one line naming it; nothing runs.
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";

/** What to run: the chosen benchmarks' names (all of them without `--only`) and the runs per side. */
export interface BenchOptions {
  runs: number;
  names: string[];
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
 * benchmark names `known`. Help exits 0 with the usage; any mistake exits 2 with one line.
 */
export function readBenchOptions(argv: readonly string[], known: readonly string[]): BenchCommandLine {
  let printed = "";
  const program = new Command("npm run bench --")
    .description(
      "Times each notebook training in TypeScript against the same computation in numpy (alternating runs after one untimed warm-up " +
        "of each) and exits 1 when a median time ratio misses its goal. Needs python3 with numpy (PYTHON=/path/to/python3 to use another).",
    )
    .option("--runs <n>", "timed runs of each side", positiveInteger, 5)
    .option("--only <name>", `run one benchmark: ${known.join(", ")}`)
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
  const { runs, only } = program.opts<{ runs: number; only?: string }>();
  if (only !== undefined && !known.includes(only)) return { ok: false, exitCode: 2, text: `--only: no benchmark "${only}" (known: ${known.join(", ")})` };
  return { ok: true, options: { runs, names: only === undefined ? [...known] : [only] } };
}
