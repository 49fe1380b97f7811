/**
 * The Gradescope autograder, unzipped into a simulated `/autograder` tree and run as Gradescope runs
 * it: installed with no registry reachable, then `run_autograder` on the answer key (full marks), the
 * blank stubs (0) and a hostile submission that tries to write its own results.json (contained).
 * The three submissions are graded together, each in its own simulated tree sharing the one install.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../src/contracts";
import { runAsync } from "../run-async";

const ROOT = path.join(__dirname, "..", "..");
let work: string;
let autograder: string;
let zipBytes: number;

interface GradescopeResults {
  score: number;
  max_score?: number;
  output?: string;
  tests: { name: string; score: number; max_score: number; status: string; visibility?: string; output?: string }[];
}

/** A fresh simulated `/autograder` for one submission: its own `submission/` and `results/`, `source/` the installed autograder. */
function newRoot(): string {
  const root = fs.mkdtempSync(path.join(work, "run-"));
  fs.symlinkSync(path.join(autograder, "source"), path.join(root, "source"));
  return root;
}

/** Puts `files` (relative path → text) in `root`'s `submission/`, runs `run_autograder` there, reads results.json. */
async function grade(files: Record<string, string>, root = newRoot()): Promise<{ code: number | null; results: GradescopeResults; log: string }> {
  const submission = path.join(root, "submission");
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(submission, relative)), { recursive: true });
    fs.writeFileSync(path.join(submission, relative), text);
  }
  const r = await runAsync("bash", [path.join(root, "source", "run_autograder")], { env: { ...process.env, AUTOGRADER_ROOT: root } });
  if (r.code !== 0) throw new Error(`run_autograder failed (exit ${r.code}):\n${r.out}`);
  return { code: r.code, log: r.out, results: JSON.parse(fs.readFileSync(path.join(root, "results", "results.json"), "utf8")) as GradescopeResults };
}

/** Every assignment's module from `dir` (relative path → text). */
function modulesOf(dir: string): Record<string, string> {
  return Object.fromEntries(ASSIGNMENTS.map((a) => [`${a.module}.ts`, fs.readFileSync(path.join(dir, `${a.module}.ts`), "utf8")]));
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-gradescope-"));
  autograder = path.join(work, "autograder");
  const zip = path.join(work, "autograder.zip");
  execFileSync(process.execPath, [path.join(ROOT, "src", "cli", "bin.js"), "export", "gradescope", "--out", zip], { cwd: ROOT, stdio: "ignore" });
  zipBytes = fs.statSync(zip).size;
  fs.mkdirSync(path.join(autograder, "source"), { recursive: true });
  execFileSync("unzip", ["-q", zip, "-d", path.join(autograder, "source")]);
  execFileSync("bash", [path.join(autograder, "source", "install.sh")], {
    env: { ...process.env, npm_config_registry: "http://127.0.0.1:9", npm_config_cache: path.join(work, "npm-cache") },
    stdio: "ignore",
  });
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("the zip has setup.sh and run_autograder at its root, executable, and every case's fixtures", () => {
  const source = path.join(autograder, "source");
  for (const script of ["setup.sh", "run_autograder"]) expect(fs.statSync(path.join(source, script)).mode & 0o111).not.toBe(0);
  const manifest = JSON.parse(fs.readFileSync(path.join(source, "fixtures", "manifest.json"), "utf8")) as { files: Record<string, string> };
  expect(Object.keys(manifest.files).filter((f) => f.startsWith("data/hidden/"))).toHaveLength(ASSIGNMENTS.length);
  expect(zipBytes).toBeGreaterThan(1_000_000);
});

test.concurrent(
  "the answer key: full marks, one test per case, hidden cases shown after publication",
  async () => {
    const { code, results } = await grade(modulesOf(path.join(ROOT, "reference")));
    expect(code).toBe(0);
    expect(results.score).toBeGreaterThan(0);
    expect(results.score).toBe(results.tests.reduce((s, t) => s + t.max_score, 0));
    expect(results.tests.every((t) => t.status === "passed")).toBe(true);
    expect(results.tests.some((t) => t.visibility === "after_published")).toBe(true);
  },
  180_000,
);

test.concurrent(
  "the blank stubs, uploaded flat (initialization.ts, …): 0",
  async () => {
    const blank = modulesOf(path.join(ROOT, "test", "submissions", "blank"));
    const flat = Object.fromEntries(Object.entries(blank).map(([file, text]) => [path.basename(file), text]));
    const { code, results } = await grade(flat);
    expect(code).toBe(0);
    expect(results.score).toBe(0);
    expect(results.tests.length).toBeGreaterThan(40);
    expect(results.tests.every((t) => t.status === "failed")).toBe(true);
  },
  180_000,
);

test.concurrent(
  "a hostile submission that writes its own perfect results.json and signals its parents is contained",
  async () => {
    const root = newRoot();
    const target = path.join(root, "results", "results.json");
    const forged = JSON.stringify({ score: 1000, tests: [] });
    const hostile = `import * as fs from "node:fs";
for (const file of [${JSON.stringify(target)}, "/autograder/results/results.json"]) {
  try { fs.mkdirSync(file.replace(/\\/[^/]*$/, ""), { recursive: true }); fs.writeFileSync(file, ${JSON.stringify(forged)}); } catch {}
}
try { process.kill(process.ppid, "SIGKILL"); } catch {}
export function initializeParametersZeros(): never { throw new Error("not implemented"); }
export function initializeParametersRandom(): never { throw new Error("not implemented"); }
export function initializeParametersHe(): never { throw new Error("not implemented"); }
`;
    const { code, results } = await grade({ "week1/initialization.ts": hostile }, root);
    expect(code).toBe(0);
    expect(results.score).toBe(0);
    expect(results.tests.length).toBeGreaterThan(0);
  },
  180_000,
);
