/**
 * `experiment NAME [DIR] --out OUT` in the sandbox: the log, every figure and its data for each
 * experiment on the answer key; unfinished work runs what it can; figure data forged by a submission
 * is refused with one line and leaves only the log. `--iterations` (hidden, for tests) shortens the
 * trainings: the figures need runs, not the notebooks' full lengths.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runAsync } from "../run-async";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");

/**
 * The runs are separate processes that wait on their sandboxed children much of the time: the tests run
 * side by side (`test.concurrent`), each with an `--out` folder of its own, but the run stopped at its
 * time bound, which runs alone after them.
 */
async function withOut(body: (out: string) => Promise<void>): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-experiment-out-"));
  try {
    await body(out);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

async function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runAsync(process.execPath, [BIN, ...args], { cwd: ROOT, timeoutMs: 120_000, env: { ...process.env, NO_COLOR: "" } });
  return { status: code, stdout, stderr };
}

const withData = (...ids: string[]) => ids.flatMap((id) => [`${id}.csv`, `${id}.json`, `${id}.svg`]);

const EXPECTED: Record<string, string[]> = {
  initialization: withData("initialization-costs", ...["zeros", "random", "he"].map((id) => `initialization-boundary-${id}`)),
  regularization: withData("regularization-costs", ...["none", "l2", "dropout"].map((id) => `regularization-boundary-${id}`)),
  "gradient-checking": withData("gradient-checking-differences"),
  optimization: withData(
    "optimization-costs",
    "optimization-costs-decay",
    "optimization-learning-rate",
    ...["gd", "momentum", "adam", "gd-update-lr", "gd-schedule", "momentum-schedule", "adam-schedule"].map((id) => `optimization-boundary-${id}`),
  ),
  "batch-norm": withData("batch-norm-costs-lr-0.1", "batch-norm-costs-lr-3"),
  tensorflow: withData("tensorflow-costs", "tensorflow-accuracy", "tensorflow-misclassified"),
};

test.concurrent.each(Object.keys(EXPECTED))(
  "experiment %s --out on the answer key writes its log, every figure and its data",
  (name) =>
    withOut(async (out) => {
      const r = await run("experiment", name, "reference", "--out", out, "--iterations", "2");
      expect(r.stderr).not.toMatch(/malformed|stopped/);
      expect(r.status).toBe(0);
      expect(fs.readdirSync(out).sort()).toEqual([...EXPECTED[name], `${name}.log`].sort());
      for (const file of fs.readdirSync(out).filter((f) => f.endsWith(".svg")))
        expect(fs.readFileSync(path.join(out, file), "utf8")).toMatch(/^<svg .*<\/svg>$/s);
      const log = fs.readFileSync(path.join(out, `${name}.log`), "utf8");
      expect(r.stdout.startsWith(log.slice(0, 200))).toBe(true);
      const figures = EXPECTED[name].length / 3;
      expect(r.stdout).toContain(`and ${figures} figure${figures === 1 ? "" : "s"} (SVG, with their data as CSV and JSON)`);
    }),
  120_000,
);

test.concurrent(
  "the blank submission: the run that needs only the course's code runs, the others are skipped and named (exit 0)",
  () =>
    withOut(async (out) => {
      const r = await run("experiment", "regularization", "test/submissions/blank", "--out", out, "--iterations", "2");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("skipped the L2 (lambd = 0.7) run: computeCostWithRegularization is not implemented yet\n");
      expect(r.stdout).toContain("skipped the dropout (keepProb = 0.86) run: forwardPropagationWithDropout is not implemented yet\n");
      expect(r.stdout).toContain("Ran 1 of 3 runs; skipped 2 that need functions not written yet.");
      // Not a terminal: one plain line per run.
      expect(r.stderr.split("\n").filter((l) => l.startsWith("["))).toEqual([
        "[1/3] no regularization: ran",
        "[2/3] L2 (lambd = 0.7): skipped (computeCostWithRegularization is not implemented yet)",
        "[3/3] dropout (keepProb = 0.86): skipped (forwardPropagationWithDropout is not implemented yet)",
      ]);
      expect(fs.readdirSync(out).sort()).toEqual([...withData("regularization-boundary-none", "regularization-costs"), "regularization.log"].sort());
      expect(fs.readFileSync(path.join(out, "regularization-costs.csv"), "utf8").split("\n")[1]).toMatch(/^no regularization,0,0\.6\d+$/);
      expect(fs.readFileSync(path.join(out, "regularization.log"), "utf8")).toContain("skipped the L2 (lambd = 0.7) run");
    }),
  120_000,
);

test.concurrent(
  "the blank submission where every run needs unfinished work: each named, the log written, exit 2",
  () =>
    withOut(async (out) => {
      const r = await run("experiment", "initialization", "test/submissions/blank", "--out", out);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain("skipped the He run: initializeParametersHe is not implemented yet\n");
      expect(r.stderr.trim().split("\n").pop()).toBe(
        "dnn-autograder: experiment initialization ran nothing: every run needs a function that is not written yet",
      );
      expect(fs.readdirSync(out)).toEqual(["initialization.log"]);
    }),
  120_000,
);

test.concurrent(
  "one function written: its run runs and its figures are drawn; the others are skipped",
  () =>
    withOut(async (out) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-experiment-one-"));
      try {
        fs.mkdirSync(path.join(dir, "week1"));
        const blank = fs.readFileSync(path.join(ROOT, "test", "submissions", "blank", "week1", "initialization.ts"), "utf8");
        const he = /export function initializeParametersHe[\s\S]*?\n}\n/.exec(
          fs.readFileSync(path.join(ROOT, "test", "submissions", "correct", "week1", "initialization.ts"), "utf8"),
        )![0];
        const imports = 'import { RandomState, np } from "dnn-autograder";\n';
        fs.writeFileSync(
          path.join(dir, "week1", "initialization.ts"),
          imports +
            blank
              .replace(/export function initializeParametersHe[\s\S]*?\n}\n/, he)
              .replace(/import type \{[^}]*\} from "dnn-autograder";\n/, 'import type { Params } from "dnn-autograder";\n'),
        );
        const r = await run("experiment", "initialization", dir, "--out", out, "--iterations", "2");
        expect(r.stderr).toBe(
          "[1/3] zeros: skipped (initializeParametersZeros is not implemented yet)\n[2/3] random: skipped (initializeParametersRandom is not implemented yet)\n[3/3] He: ran\n",
        );
        expect(r.status).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual([...withData("initialization-boundary-he", "initialization-costs"), "initialization.log"].sort());
        expect(fs.readFileSync(path.join(out, "initialization-costs.csv"), "utf8")).toBe("run,iteration,cost\nHe,0,0.8830537463419761\n");
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }),
  120_000,
);

/** A copy of the answer key's Initialization that writes `reply` (a JavaScript expression) on the child's channel as it loads. */
function forging(reply: string): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-experiment-forged-"));
  fs.mkdirSync(path.join(dir, "week1"));
  const correct = fs.readFileSync(path.join(ROOT, "test", "submissions", "correct", "week1", "initialization.ts"), "utf8");
  fs.writeFileSync(path.join(dir, "week1", "initialization.ts"), `${correct}\nimport * as nodeFs from "node:fs";\nnodeFs.writeSync(3, ${reply});\n`);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

test.concurrent(
  "figure data forged by the submission on the child's channel: one line, the log still written, no figure and no temporary file",
  () =>
    withOut(async (out) => {
      const forged = forging(JSON.stringify('{"type":"figures","data":{"runs":[{"id":"../../../etc/evil","label":"x"}]}}\n'));
      try {
        const r = await run("experiment", "initialization", forged.dir, "--out", out, "--iterations", "2");
        expect(r.status).toBe(1);
        expect(r.stderr).toContain("dnn-autograder: the experiment's figure data was malformed: it sent its figure data twice\n");
        expect(fs.readdirSync(out)).toEqual(["initialization.log"]);
        expect(fs.readFileSync(path.join(out, "initialization.log"), "utf8")).toContain("figure data was malformed");
      } finally {
        forged.remove();
      }
    }),
  120_000,
);

test.concurrent(
  "figure data too large, forged by the submission on the child's channel: one line, the log still written, no figure",
  () =>
    withOut(async (out) => {
      // The 17 MB are made as the module loads (a 17 MB literal in the source took the transpiler seconds).
      const forged = forging(`"x".repeat(${17 * 1024 * 1024})`);
      try {
        const r = await run("experiment", "initialization", forged.dir, "--out", out, "--iterations", "2");
        expect(r.status).toBe(1);
        expect(r.stderr).toContain("dnn-autograder: the experiment's figure data was malformed: it sent more than 16 MB\n");
        expect(fs.readdirSync(out)).toEqual(["initialization.log"]);
      } finally {
        forged.remove();
      }
    }),
  120_000,
);

test(
  "an experiment stopped at its bound: its log is still written, with why there are no figures",
  () =>
    withOut(async (out) => {
      const r = await run("experiment", "regularization", "reference", "--out", out, "--time-limit", "2");
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split("\n").slice(-2)).toEqual([
        "dnn-autograder: experiment regularization stopped: it ran longer than its bound of 2 s",
        "dnn-autograder: no figures: experiment regularization did not finish",
      ]);
      expect(fs.readdirSync(out)).toEqual(["regularization.log"]);
      expect(fs.readFileSync(path.join(out, "regularization.log"), "utf8")).toMatch(
        /^\n=== without regularization ===\nCost after iteration 0: [\s\S]*did not finish\n$/,
      );
    }),
  120_000,
);
