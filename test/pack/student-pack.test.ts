/**
 * The student pack end to end, as a student meets it: exported from this checkout, installed with no
 * registry reachable, tested blank (every case fails once, "not implemented"), with one function
 * written, with the answer key copied in (every public point), one function at a time (`-t`), in watch
 * mode, and type-checked; and nothing hidden anywhere in it.
 */
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../src/contracts";
import { dataFilePath, DEFAULT_FIXTURES_DIR } from "../../src/fixtures/paths";
import { runAsync, type ChildResult } from "../run-async";

const ROOT = path.join(__dirname, "..", "..");
let work: string;
let pack: string;
let bin: string;

/** Runs a command in the pack; its exit code and output. Runs that only read the pack are started together. */
function inPack(command: string, args: string[]): Promise<ChildResult> {
  return runAsync(command, args, { cwd: pack, env: { ...process.env, NO_COLOR: "1" } });
}

const ZEROS = `export function initializeParametersZeros(layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.zeros(layersDims[l], layersDims[l - 1]);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}`;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-student-pack-"));
  pack = path.join(work, "course");
  execFileSync(process.execPath, [path.join(ROOT, "src", "cli", "bin.js"), "export", "student", "--out", pack], { cwd: ROOT, stdio: "ignore" });
  // No registry: the address refuses connections, and the cache is empty.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--registry", "http://127.0.0.1:9", "--cache", path.join(work, "npm-cache")], {
    cwd: pack,
    stdio: "ignore",
  });
  bin = path.join(pack, "node_modules", ".bin", "dnn-autograder");
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("the pack holds the stubs, a grader per assignment, public fixtures and the offline harness; the folder is readable", () => {
  for (const a of ASSIGNMENTS) {
    const stub = fs.readFileSync(path.join(pack, "student", `${a.module}.ts`), "utf8");
    expect(stub).toMatch(/throw new Error\("not implemented"\)/);
    expect(stub).toMatch(/ \* @example\n \* \/\/ public case /);
    expect(fs.existsSync(path.join(pack, "graders", `${a.module}.grader.js`))).toBe(true);
  }
  expect(fs.readdirSync(path.join(pack, "vendor"))).toEqual([expect.stringMatching(/^dnn-autograder-\d+\.\d+\.\d+\.tgz$/)]);
  expect(fs.statSync(pack).mode & 0o755).toBe(0o755);
  expect(fs.readdirSync(work).filter((f) => f.includes("partial"))).toEqual([]);
});

test("nothing hidden and no answer key: no hidden data, no hidden case's id, no reference in the harness tarball", () => {
  const packFiles = fs
    .readdirSync(pack, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !path.join(e.parentPath, e.name).includes(`${path.sep}node_modules${path.sep}`) && !e.name.endsWith(".tgz"))
    .map((e) => path.join(e.parentPath, e.name));
  expect(packFiles.filter((f) => /hidden|reference|cases/.test(path.relative(pack, f)))).toEqual([]);
  const text = packFiles.map((f) => fs.readFileSync(f, "utf8")).join("\n");
  for (const a of ASSIGNMENTS) {
    const hidden = JSON.parse(fs.readFileSync(dataFilePath(DEFAULT_FIXTURES_DIR, a.name, "hidden"), "utf8")) as { cases: { id: string }[] };
    const publicIds = new Set(
      (JSON.parse(fs.readFileSync(dataFilePath(DEFAULT_FIXTURES_DIR, a.name, "public"), "utf8")) as { cases: { id: string }[] }).cases.map((c) => c.id),
    );
    for (const { id } of hidden.cases.filter((c) => !publicIds.has(c.id))) expect(text).not.toContain(`"${id}"`);
  }
  const [tarball] = fs.readdirSync(path.join(pack, "vendor"));
  const entries = execFileSync("tar", ["-tzf", path.join(pack, "vendor", tarball)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\n")
    .filter((e) => e && !e.startsWith("package/node_modules/"));
  expect(entries.filter((e) => /reference|fixtures\/(cases|data)|submissions|\.test\./.test(e))).toEqual([]);
});

test("blank: npm test fails every public case, saying once per function that it is not implemented; grade exits 1", async () => {
  const [{ code, out }, graded] = await Promise.all([inPack("npm", ["test"]), inPack(bin, ["grade", "student"])]);
  expect(code).toBe(1);
  const functions = ASSIGNMENTS.flatMap((a) => a.functions.map((f) => f.name));
  expect(out.match(/fail until it is written/g)?.length).toBe(functions.length);
  expect(out).toMatch(/Tests: +(\d+) failed, \1 total/);
  expect(graded.code).toBe(1);
  expect(graded.out).toMatch(/^Total 0\/\d+$/m);
}, 180_000);

test("one function written: its case turns green and the total rises; -t runs that function alone", async () => {
  const file = path.join(pack, "student", "week1", "initialization.ts");
  const blank = fs.readFileSync(file, "utf8");
  try {
    const written = blank
      .replace(/export function initializeParametersZeros\([^]*?\n}\n/, `${ZEROS}\n`)
      .replace('import type { Params, RandomState } from "dnn-autograder";', 'import { np, type Params, type RandomState } from "dnn-autograder";');
    fs.writeFileSync(file, written);
    const [one, graded, typechecked] = await Promise.all([
      inPack("npm", ["test", "--", "-t", "initializeParametersZeros"]),
      inPack(bin, ["grade", "student", "-a", "week1/initialization"]),
      inPack(bin, ["typecheck"]),
    ]);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/Tests: +\d+ skipped, 1 passed, \d+ total/);
    expect(graded.out).toMatch(/✓ initializeParametersZeros +1\/1 cases +8\/8/);
    expect(graded.out).toMatch(/^Total 8\/38$/m);
    expect(typechecked.code).toBe(0);
    fs.writeFileSync(
      file,
      written.replace(
        "export function initializeParametersZeros(layersDims: number[]): Params",
        "export function initializeParametersZeros(layersDims: string): Params",
      ),
    );
    const typecheck = await inPack(bin, ["typecheck"]);
    expect(typecheck.code).not.toBe(0);
    expect(typecheck.out).toMatch(/initialization\.ts.*error TS/);
  } finally {
    fs.writeFileSync(file, blank);
  }
}, 120_000);

test("week 3 written with chained ops type-checks, and grades on WebAssembly from the pack's own .wasm files", async () => {
  const file = path.join(pack, "student", "week3", "tensorflow.ts");
  const blank = fs.readFileSync(file, "utf8");
  try {
    fs.copyFileSync(path.join(ROOT, "test", "submissions", "alternatives", "chained-ops", "week3", "tensorflow.ts"), file);
    const [typecheck, graded] = await Promise.all([inPack(bin, ["typecheck"]), inPack(bin, ["grade", "student", "-a", "week3/tensorflow"])]);
    expect(typecheck.out).toBe("");
    expect(typecheck.code).toBe(0);
    expect(graded.code).toBe(0);
    expect(graded.out.trimEnd().split("\n").pop()).toBe("TensorFlow.js backend: wasm (SIMD)");
  } finally {
    fs.writeFileSync(file, blank);
  }
}, 120_000);

test("the answer key copied in scores every public point", async () => {
  const student = path.join(pack, "student");
  const saved = path.join(work, "blank-student");
  fs.cpSync(student, saved, { recursive: true });
  try {
    for (const a of ASSIGNMENTS) fs.copyFileSync(path.join(ROOT, "reference", `${a.module}.ts`), path.join(student, `${a.module}.ts`));
    const [graded, tested] = await Promise.all([inPack(bin, ["grade", "student"]), inPack("npm", ["test"])]);
    expect(graded.code).toBe(0);
    const [, score, max] = /^Total (\d+)\/(\d+)$/m.exec(graded.out) ?? [];
    expect(Number(score)).toBe(Number(max));
    expect(tested.code).toBe(0);
  } finally {
    fs.rmSync(student, { recursive: true, force: true });
    fs.cpSync(saved, student, { recursive: true });
  }
}, 180_000);

test("watch mode re-runs an assignment when its file in student/ is saved", async () => {
  const file = path.join(pack, "student", "week1", "initialization.ts");
  const blank = fs.readFileSync(file, "utf8");
  const child = spawn(bin, ["test", "--watch", "graders/week1/initialization"], { cwd: pack, env: { ...process.env, NO_COLOR: "1", CI: "" } });
  const exited = new Promise((resolve) => child.on("close", resolve));
  let out = "";
  const runs = () => out.match(/Tests: /g)?.length ?? 0;
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const waitFor = async (n: number) => {
    for (let i = 0; i < 600 && runs() < n; i++) await new Promise((r) => setTimeout(r, 100));
  };
  try {
    await waitFor(1);
    expect(runs()).toBe(1);
    fs.writeFileSync(file, `${blank}\n// saved\n`);
    await waitFor(2);
    expect(runs()).toBe(2);
  } finally {
    // As a student's Ctrl-C would: the harness passes the signal on, and jest ends with it.
    child.kill("SIGINT");
    await exited;
    fs.writeFileSync(file, blank);
  }
}, 180_000);

test("--version answers with the package's version", async () => {
  const { code, out } = await inPack(bin, ["--version"]);
  expect(code).toBe(0);
  expect(out.trim()).toBe((JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version);
}, 60_000);
