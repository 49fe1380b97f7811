/**
 * The harness as the sandbox runs it: plain JavaScript. Every `.ts` file of the harness's `src/` is
 * transpiled once, in the grading process, into a cache folder keyed by the sources' hash
 * (`node_modules/.cache/dnn-autograder/runtime-<hash>`, or a private temporary folder where
 * `node_modules` is read-only), so that a child starts without transpiling anything and without the
 * native swc binding.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../../fixtures/paths";
import { transpileSource } from "./transpile";

/** Where the sandbox's JavaScript lives: `dir/src/…` mirrors the harness's `src/…`. */
export interface SandboxRuntime {
  /** The cache folder (its `src/` mirrors the harness's `src/` as `.js`). */
  dir: string;
  /** The child's preload script: resolves `dnn-autograder/…` into the runtime and loads submitted `.ts` as JavaScript. */
  loader: string;
  /** The grading child's entry point. */
  gradingChild: string;
  /** The experiment child's entry point. */
  experimentChild: string;
}

const SOURCE_DIR = path.join(PACKAGE_ROOT, "src");

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

function hashOf(files: readonly string[]): string {
  const hash = createHash("sha256");
  hash.update(String(require("@swc/core/package.json").version));
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
    const to = path.join(dir, "src", rel.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o755 });
    const text = fs.readFileSync(from, "utf8");
    fs.writeFileSync(to, rel.endsWith(".ts") ? transpileSource(text, from) : text, { mode: 0o644 });
  }
  fs.writeFileSync(path.join(dir, "complete"), "", { mode: 0o644 });
}

function runtimeAt(dir: string): SandboxRuntime {
  return {
    dir,
    loader: path.join(dir, "src", "loader", "sandbox-register.js"),
    gradingChild: path.join(dir, "src", "grading", "sandbox", "child.js"),
    experimentChild: path.join(dir, "src", "experiments", "child.js"),
  };
}

function makeReadable(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeReadable(path.join(dir, entry.name));
  }
}

let cached: SandboxRuntime | undefined;

/**
 * The sandbox runtime for the current sources, built on first use (about 0.2 s) and reused by every
 * later run with the same sources.
 */
export function sandboxRuntime(): SandboxRuntime {
  if (cached && fs.existsSync(path.join(cached.dir, "complete"))) return cached;
  const files = sourceFiles();
  const name = `runtime-${hashOf(files)}`;
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
