import { readBenchOptions } from "./bench-options";

const KNOWN = ["initialization", "batch-norm"];

describe("the bench's command line", () => {
  test("no option runs every benchmark five times", () => {
    expect(readBenchOptions([], KNOWN)).toEqual({ ok: true, options: { runs: 5, names: KNOWN } });
  });

  test("--runs and --only choose the runs and the one benchmark", () => {
    expect(readBenchOptions(["--runs", "3", "--only", "batch-norm"], KNOWN)).toEqual({ ok: true, options: { runs: 3, names: ["batch-norm"] } });
    expect(readBenchOptions(["--runs=7"], KNOWN)).toEqual({ ok: true, options: { runs: 7, names: KNOWN } });
  });

  test("--help prints the usage, naming the options, the benchmarks and the Python it needs, and runs nothing", () => {
    const read = readBenchOptions(["--help"], KNOWN);
    expect(read).toMatchObject({ ok: false, exitCode: 0 });
    const text = read.ok ? "" : read.text;
    expect(text).toMatch(/--runs <n>/);
    expect(text).toMatch(/--only <name>.*initialization, batch-norm/);
    expect(text).toMatch(/PYTHON=\/path\/to\/python3/);
  });

  test.each([
    [["--runs", "0"], /--runs <n>' argument '0' is invalid\. expected a positive integer, got "0"/],
    [["--runs", "2.5"], /expected a positive integer, got "2\.5"/],
    [["--runs"], /option '--runs <n>' argument missing/],
    [["--only", "dropout"], /^--only: no benchmark "dropout" \(known: initialization, batch-norm\)$/],
    [["--fast"], /^unknown option '--fast'$/],
    [["initialization"], /too many arguments/],
  ])("%j is one line with exit code 2", (argv, message) => {
    const read = readBenchOptions(argv, KNOWN);
    expect(read).toMatchObject({ ok: false, exitCode: 2 });
    const text = read.ok ? "" : read.text;
    expect(text).toMatch(message);
    expect(text.split("\n")).toHaveLength(1);
  });
});
