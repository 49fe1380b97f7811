/**
 * The harness as the sandbox runs it: plain JavaScript. From the build (`dist/`), that is the build
 * itself. From the sources (a checkout, the tests), every `.ts` file of `src/` is transpiled once, in
 * the grading process, into a cache folder keyed by the sources' hash
 * (`node_modules/.cache/dnn-autograder/runtime-<hash>`, or a private temporary folder where
 * `node_modules` is read-only). Either way a child starts without transpiling anything and without
 * the native swc binding.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../../fixtures/paths";
import { transpiler, transpileSource } from "./transpile";

/** Where the sandbox's JavaScript lives: `dir/…` mirrors the harness's `src/…` (or is `dist/`). */
export interface SandboxRuntime {
  /** The folder holding the harness as JavaScript (`index.js`, `grading/…`, `loader/…`). */
  dir: string;
  /** The child's preload script: resolves `dnn-autograder/…` into the runtime and loads submitted `.ts` as JavaScript. */
  loader: string;
  /** The grading child's entry point. */
  gradingChild: string;
  /** The experiment child's entry point. */
  experimentChild: string;
}

/** The harness's own folder: `src/` in a checkout, `dist/` in the build. */
const HARNESS_DIR = path.resolve(__dirname, "..", "..");
/** Whether this is the build: its files are already JavaScript. */
const BUILT = !__filename.endsWith(".ts");
const SOURCE_DIR = HARNESS_DIR;

/** Every harness source file, as paths relative to `src/`, sorted. */
function sourceFiles(dir = SOURCE_DIR, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path.join(dir, entry.name), rel));
    else if (entry.isFile() && /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(rel);
  }
  return out.sort();
}

/** The engine that transpiles the harness, and its version: a new engine or version builds a new tree. */
function transpilerVersion(): string {
  const name = transpiler().name;
  const manifest = name === "swc" ? "@swc/core/package.json" : "typescript/package.json";
  return `${name} ${String((require(manifest) as { version: string }).version)}`;
}

function hashOf(files: readonly string[]): string {
  // Loaded here: the build never hashes its sources, and a grading process starts its children sooner without it.
  const { createHash } = require("node:crypto") as typeof import("node:crypto");
  const hash = createHash("sha256");
  hash.update(transpilerVersion());
  for (const rel of files) {
    hash.update(`\0${rel}\0`);
    hash.update(fs.readFileSync(path.join(SOURCE_DIR, rel)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Writes the transpiled tree into `dir` (files 0644, folders 0755: the sandbox's user must read them). */
function build(files: readonly string[], dir: string): void {
  for (const rel of files) {
    const from = path.join(SOURCE_DIR, rel);
    const to = path.join(dir, rel.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o755 });
    const text = fs.readFileSync(from, "utf8");
    fs.writeFileSync(to, rel.endsWith(".ts") ? transpileSource(text, from) : text, { mode: 0o644 });
  }
  fs.writeFileSync(path.join(dir, "complete"), "", { mode: 0o644 });
}

function runtimeAt(dir: string): SandboxRuntime {
  return {
    dir,
    loader: path.join(dir, "loader", "sandbox-register.js"),
    gradingChild: path.join(dir, "grading", "sandbox", "child.js"),
    experimentChild: path.join(dir, "experiments", "child.js"),
  };
}

function makeReadable(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeReadable(path.join(dir, entry.name));
  }
}

/** Removes runtimes of older sources (untouched for an hour: none is in use by a run of today's). */
function pruneOld(shared: string, keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const entry of fs.readdirSync(shared)) {
    const full = path.join(shared, entry);
    try {
      if (entry !== keep && /^runtime/.test(entry) && fs.statSync(full).mtimeMs < hourAgo) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

let cached: SandboxRuntime | undefined;

/**
 * The sandbox runtime for the current sources, built on first use (about 0.2 s) and reused by every
 * later run with the same sources.
 */
export function sandboxRuntime(): SandboxRuntime {
  if (BUILT) return (cached ??= runtimeAt(HARNESS_DIR));
  if (cached && fs.existsSync(path.join(cached.dir, "complete"))) return cached;
  const files = sourceFiles();
  // v2: the runtime mirrors the harness's folder directly (as dist/ does).
  const name = `runtime2-${hashOf(files)}`;
  const shared = path.join(PACKAGE_ROOT, "node_modules", ".cache", "dnn-autograder");
  const final = path.join(shared, name);
  if (fs.existsSync(path.join(final, "complete"))) return (cached = runtimeAt(final));
  try {
    fs.mkdirSync(shared, { recursive: true, mode: 0o755 });
    const staging = fs.mkdtempSync(path.join(shared, `${name}.building-`));
    try {
      build(files, staging);
      makeReadable(staging);
      fs.renameSync(staging, final);
      pruneOld(shared, name);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      // Another process finished the same build first: use it.
      if (!fs.existsSync(path.join(final, "complete"))) throw error;
    }
    return (cached = runtimeAt(final));
  } catch {
    // node_modules is read-only (a global install): a private folder for this process.
    const own = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-runtime-"));
    build(files, own);
    makeReadable(own);
    process.once("exit", () => fs.rmSync(own, { recursive: true, force: true }));
    return (cached = runtimeAt(own));
  }
}
