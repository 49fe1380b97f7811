/**
 * The sandbox never sees the submission folder itself, only a copy made by the grading process:
 * regular files and folders alone (a symbolic or hard link, socket or device is refused with one line),
 * within size bounds, with every TypeScript and JavaScript file already transpiled to CommonJS
 * (see `transpile.ts`; a file transpiled before comes from `transpile-cache.ts`), readable by the sandbox's user and writable by no one but the grader.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isTranspileError } from "./transpile";

/** The bounds of a copy: beyond them the submission is refused. */
export const COPY_LIMITS = { files: 2000, bytes: 64 * 1024 * 1024, depth: 16 };

/** Folders that are not part of a submission and are left out of the copy. */
const SKIPPED = new Set(["node_modules", ".git"]);
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;

/** A prepared copy of a submission folder; `remove()` deletes it. */
export interface SubmissionCopy {
  /** The copy's root (the sandbox's working folder), mirroring the submission folder. */
  dir: string;
  remove(): void;
}

/** Why a submission folder cannot be copied into the sandbox, as one line. */
export class RefusedSubmission extends Error {
  override name = "RefusedSubmission";
}

/** The error a file that does not compile throws when the sandbox loads it; its message is the whole story. */
const COMPILE_ERROR = (text: string) => `"use strict";\nthrow Object.assign(new Error(${JSON.stringify(text)}), { name: "CompileError" });\n`;

/** "week1/initialization.ts does not compile: Expected ';', got 'x' (line 14)" from swc's message. */
export function compileErrorText(error: unknown, rel: string): string {
  if (isTranspileError(error)) return `${rel} does not compile: ${error.what} (line ${error.line})`;
  // eslint-disable-next-line no-control-regex
  const raw = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, "");
  const frame = /-\[[^\]]*?:(\d+):(\d+)\]/.exec(raw);
  const xLine = raw.split("\n").find((l) => /^\s*x /.test(l));
  const what = xLine ? xLine.trim().slice(2) : raw.split("\n")[0];
  return `${rel} does not compile: ${what}${frame ? ` (line ${frame[1]})` : ""}`;
}

/**
 * The transpile cache, loaded when a copy is filled: `reserveCopy` (the grading process's first step
 * before it starts a child) needs none of it.
 */
function transpiled(): typeof import("./transpile-cache") {
  return require("./transpile-cache") as typeof import("./transpile-cache");
}

/** Copies the folder `from` into the existing folder `to`. */
function walk(from: string, to: string, rel: string, depth: number, budget: { files: number; bytes: number }): void {
  if (depth > COPY_LIMITS.depth) throw new RefusedSubmission(`${rel} is nested more than ${COPY_LIMITS.depth} folders deep`);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const name = entry.name;
    const own = rel === "" ? name : `${rel}/${name}`;
    const source = path.join(from, name);
    const stat = fs.lstatSync(source);
    if (stat.isSymbolicLink()) {
      let target = "?";
      try {
        target = fs.readlinkSync(source);
      } catch {
        // the target is only for the message
      }
      throw new RefusedSubmission(`${own} is a symbolic link (to ${target}): a submission may hold regular files only`);
    }
    if (stat.isDirectory()) {
      if (SKIPPED.has(name)) continue;
      fs.mkdirSync(path.join(to, name), { mode: 0o755 });
      walk(source, path.join(to, name), own, depth + 1, budget);
      continue;
    }
    if (!stat.isFile()) throw new RefusedSubmission(`${own} is not a regular file (a socket, pipe or device): a submission may hold regular files only`);
    // A hard link is a second name for a file that may live outside the folder.
    if (stat.nlink > 1)
      throw new RefusedSubmission(`${own} is a hard link (one of ${stat.nlink} names of the same file): a submission may hold regular files only`);
    budget.files += 1;
    budget.bytes += stat.size;
    if (budget.files > COPY_LIMITS.files) throw new RefusedSubmission(`the submission holds more than ${COPY_LIMITS.files} files`);
    if (budget.bytes > COPY_LIMITS.bytes) throw new RefusedSubmission(`the submission is larger than ${COPY_LIMITS.bytes / 1024 / 1024} MB`);
    const target = path.join(to, name);
    if (SOURCE.test(name) && !name.endsWith(".d.ts")) {
      const text = fs.readFileSync(source, "utf8");
      let code: string;
      try {
        code = transpiled().transpileCached(text, name);
      } catch (error) {
        code = COMPILE_ERROR(compileErrorText(error, own));
      }
      fs.writeFileSync(target, code, { mode: 0o644 });
    } else {
      fs.copyFileSync(source, target);
      fs.chmodSync(target, 0o644);
    }
  }
}

/**
 * A new private folder for a copy, still empty: a sandbox can be started on it while `fillCopy` copies
 * the submission in (the child reads nothing of it before it is asked to load a module).
 */
export function reserveCopy(): SubmissionCopy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-submission-"));
  // Traversable (not listable) by the sandbox's user, which reads the copy below it.
  fs.chmodSync(root, 0o711);
  const dir = path.join(root, "submission");
  fs.mkdirSync(dir, { mode: 0o755 });
  return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/**
 * Copies `submissionDir` into the empty folder `copy` (see the module comment); throws
 * `RefusedSubmission` with one line when the folder holds anything but regular files and folders or
 * exceeds `COPY_LIMITS`, leaving the copy for its owner to remove.
 */
export function fillCopy(copy: SubmissionCopy, submissionDir: string): void {
  walk(fs.realpathSync(submissionDir), copy.dir, "", 0, { files: 0, bytes: 0 });
}

/**
 * Copies `submissionDir` into a new private folder (see the module comment); throws
 * `RefusedSubmission` with one line when the folder holds anything but regular files and folders or
 * exceeds `COPY_LIMITS`.
 */
export function copySubmission(submissionDir: string): SubmissionCopy {
  const copy = reserveCopy();
  try {
    fillCopy(copy, submissionDir);
  } catch (error) {
    copy.remove();
    throw error;
  }
  return copy;
}
