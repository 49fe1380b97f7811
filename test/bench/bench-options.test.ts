import { GRADING, readBenchOptions } from "./bench-options";

const KNOWN = ["initialization", "batch-norm"];

describe("the bench's command line", () => {
  test("no option runs every training and the grading latency five times, and not the suite", () => {
    expect(readBenchOptions([], KNOWN)).toEqual({ ok: true, options: { runs: 5, names: KNOWN, grading: true, suite: false } });
  });

  test("--runs and --only choose the runs and the one benchmark (a training alone, without the grading)", () => {
    expect(readBenchOptions(["--runs", "3", "--only", "batch-norm"], KNOWN)).toEqual({
      ok: true,
      options: { runs: 3, names: ["batch-norm"], grading: false, suite: false },
    });
    expect(readBenchOptions(["--runs=7"], KNOWN)).toEqual({ ok: true, options: { runs: 7, names: KNOWN, grading: true, suite: false } });
  });

  test("--only grading times the grading alone; --suite adds the test suite to what runs", () => {
    expect(readBenchOptions(["--only", GRADING], KNOWN)).toEqual({ ok: true, options: { runs: 5, names: [], grading: true, suite: false } });
    expect(readBenchOptions(["--only", GRADING, "--suite"], KNOWN)).toEqual({ ok: true, options: { runs: 5, names: [], grading: true, suite: true } });
    expect(readBenchOptions(["--suite"], KNOWN)).toEqual({ ok: true, options: { runs: 5, names: KNOWN, grading: true, suite: true } });
  });

  test("--help prints the usage, naming the options, the benchmarks, the Python and the build it needs, and runs nothing", () => {
    const read = readBenchOptions(["--help"], KNOWN);
    expect(read).toMatchObject({ ok: false, exitCode: 0 });
    const text = read.ok ? "" : read.text;
    expect(text).toMatch(/--runs <n>/);
    expect(text).toMatch(/--only <name>[^]*initialization, batch-norm, grading/);
    expect(text).toMatch(/--suite/);
    expect(text).toMatch(/PYTHON=\/path\/to\/python3/);
    expect(text).toMatch(/npm run build/);
  });

  test.each([
    [["--runs", "0"], /--runs <n>' argument '0' is invalid\. expected a positive integer, got "0"/],
    [["--runs", "2.5"], /expected a positive integer, got "2\.5"/],
    [["--runs"], /option '--runs <n>' argument missing/],
    [["--only", "dropout"], /^--only: no benchmark "dropout" \(known: initialization, batch-norm, grading\)$/],
    [["--fast"], /^unknown option '--fast'$/],
    [["--suite=yes"], /--suite/],
    [["initialization"], /too many arguments/],
  ])("%j is one line with exit code 2", (argv, message) => {
    const read = readBenchOptions(argv, KNOWN);
    expect(read).toMatchObject({ ok: false, exitCode: 2 });
    const text = read.ok ? "" : read.text;
    expect(text).toMatch(message);
    expect(text.split("\n")).toHaveLength(1);
  });
});
