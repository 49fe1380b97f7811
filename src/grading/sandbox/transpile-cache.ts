/**
 * Transpiled submission files, kept between runs: a student grading the same files again (or all
 * but the one they changed) loads no transpiler for them. An entry is the transpiler's output for one
 * source text under one file name, keyed by a SHA-256 of the engine and its version, the rules it
 * transpiles with (the text of `transpile.ts`), the file's name and its text; the output names the
 * file by its base name only, so it serves a copy in any folder. Entries live in
 * `node_modules/.cache/dnn-autograder/transpiled` beside the sandbox runtime, written whole (a
 * temporary file, then a rename) and removed a week after they were written (a hit does not renew an
 * entry: the next miss writes it again); where that folder cannot be written,
 * nothing is kept. A source that does not compile is never kept: its error is made anew each time.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../../fixtures/paths";
import { writeFileAtomic } from "../../fixtures/write-atomic";
import { transpiler, type TranspilerName } from "./transpile";

/** Where entries live. */
export const TRANSPILED_CACHE_DIR = path.join(PACKAGE_ROOT, "node_modules", ".cache", "dnn-autograder", "transpiled");

/** How long an entry is kept without being written again. */
const KEEP_MS = 7 * 24 * 3_600_000;

const PACKAGES: Record<TranspilerName, string> = { swc: "@swc/core/package.json", typescript: "typescript/package.json" };

let rules: string | undefined;
const versions = new Map<TranspilerName, string | undefined>();
let pruned = false;

/** The engine's version, read from its package.json without loading the engine (undefined when not installed). */
function engineVersion(name: TranspilerName): string | undefined {
  if (!versions.has(name)) {
    try {
      versions.set(name, String((require(PACKAGES[name]) as { version: string }).version));
    } catch {
      versions.set(name, undefined);
    }
  }
  return versions.get(name);
}

/** The engines whose entries may serve this process, in the order `transpiler()` would choose them. */
function candidates(): TranspilerName[] {
  const asked = process.env.DNN_AUTOGRADER_TRANSPILER;
  return asked === "swc" || asked === "typescript" ? [asked] : ["swc", "typescript"];
}

function keyOf(engine: TranspilerName, name: string, source: string): string | undefined {
  const version = engineVersion(engine);
  if (version === undefined) return undefined;
  rules ??= createHash("sha256")
    .update(fs.readFileSync(require.resolve("./transpile")))
    .digest("hex");
  return createHash("sha256").update(`${engine} ${version}\0${rules}\0${name}\0`).update(source).digest("hex");
}

function read(key: string): string | undefined {
  try {
    return fs.readFileSync(path.join(TRANSPILED_CACHE_DIR, `${key}.js`), "utf8");
  } catch {
    return undefined;
  }
}

function write(key: string, code: string): void {
  try {
    writeFileAtomic(path.join(TRANSPILED_CACHE_DIR, `${key}.js`), code);
    if (!pruned) {
      pruned = true;
      pruneOld();
    }
  } catch {
    // A read-only installation: nothing is kept.
  }
}

function pruneOld(): void {
  const before = Date.now() - KEEP_MS;
  for (const entry of fs.readdirSync(TRANSPILED_CACHE_DIR)) {
    const file = path.join(TRANSPILED_CACHE_DIR, entry);
    try {
      if (fs.statSync(file).mtimeMs < before) fs.rmSync(file, { force: true });
    } catch {
      // another process removed it first
    }
  }
}

/**
 * `source` (the text of a file called `name`, a base name such as `initialization.ts`) as CommonJS
 * JavaScript with an inline source map naming `name`: from the cache when an engine that may serve
 * this process transpiled the same text before, else transpiled now (see `transpileSource`) and kept.
 * Throws the engine's error when the source does not parse.
 */
export function transpileCached(source: string, name: string): string {
  const keys = new Map<TranspilerName, string | undefined>();
  for (const engine of candidates()) {
    const key = keyOf(engine, name, source);
    keys.set(engine, key);
    const hit = key === undefined ? undefined : read(key);
    if (hit !== undefined) return hit;
  }
  const engine = transpiler();
  const code = engine.transpile(source, name);
  // The engine in force is one of the candidates: its key is made already.
  const key = keys.get(engine.name);
  if (key !== undefined) write(key, code);
  return code;
}
