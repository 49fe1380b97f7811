/**
 * One-line descriptions of errors thrown by student code, with the line in the student's file
 * where it happened when the stack shows it. Compile errors were described by the grader when it
 * transpiled the submission (`submission-copy.ts`) and arrive here as the message of a `CompileError`.
 */
import * as path from "node:path";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Longest part of a thrown message that is looked at (the rest is cut before any work on it). */
const MESSAGE_HEAD = 10_000;

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const message = typeof error.message === "string" ? error.message.slice(0, MESSAGE_HEAD) : "(a message that is not text)";
    return `${error.name === "Error" ? "" : `${String(error.name).slice(0, 100)}: `}${message}`;
  }
  try {
    return `threw ${typeof error === "string" ? JSON.stringify(error.slice(0, MESSAGE_HEAD)) : String(error).slice(0, MESSAGE_HEAD)}`;
  } catch {
    return "threw a value that cannot be printed";
  }
}

/** A file's path relative to the submission folder (the sandbox's working directory). */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") ? path.basename(file) : rel;
}

/** `initialization.ts:12:5` for the first stack frame inside `file`, if any. */
function locationIn(error: unknown, file: string): string | undefined {
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  const dir = path.dirname(file);
  for (const line of stack.split("\n")) {
    const m = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (m && m[1].startsWith(dir)) return `${path.relative(dir, m[1])}:${m[2]}:${m[3]}`;
  }
  return undefined;
}

/** Codes of a read that the sandbox stopped: denied by Node, or of a file the sandbox does not show. */
const OUTSIDE = new Set(["ERR_ACCESS_DENIED", "ENOENT", "EACCES", "EPERM", "EROFS"]);

function outsideSubmission(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as NodeJS.ErrnoException;
  if (e.code === "ERR_ACCESS_DENIED") return true;
  return OUTSIDE.has(e.code ?? "") && typeof e.path === "string" && !path.resolve(e.path).startsWith(process.cwd() + path.sep);
}

/** What the sandbox refused, from the permission Node names on its error. */
function refusal(error: unknown): string {
  switch ((error as { permission?: unknown }).permission) {
    case "FileSystemWrite":
      return "writing files";
    case "ChildProcess":
      return "starting other processes";
    case "WorkerThreads":
      return "starting worker threads";
    case "FileSystemRead":
    case undefined:
      return (error as NodeJS.ErrnoException).code === "ERR_ACCESS_DENIED" && (error as { permission?: unknown }).permission === undefined
        ? "this use of Node's internals"
        : "reading outside the submission folder";
    default:
      return "this operation";
  }
}

/** "TypeError: rng.randn is not a function (at initialization.ts:14:20)". */
export function errorSummary(error: unknown, file: string): string {
  if (outsideSubmission(error)) {
    const at = locationIn(error, file);
    return `Error: ${refusal(error)} is not allowed while grading${at ? ` (at ${at})` : ""}`;
  }
  const text = messageOf(error).split("\n")[0].replace(ANSI, "").trim();
  const at = locationIn(error, file);
  return at ? `${text} (at ${at})` : text;
}

/**
 * What to import instead of a package that is not installed, for the packages students reach for
 * from tutorials: `@tensorflow/tfjs` (the full bundle; here its parts are installed, not the bundle).
 */
export function importAdvice(request: string): string | undefined {
  if (request === "@tensorflow/tfjs" || request.startsWith("@tensorflow/tfjs/")) {
    return 'import * as tf from "@tensorflow/tfjs-core" instead (and { initializers } from "@tensorflow/tfjs-layers"), the parts of it that are installed';
  }
  return undefined;
}

/** Why `file` could not be loaded: a syntax error (with its line), a missing import (with what to import instead), or a throw. */
export function loadErrorSummary(error: unknown, file: string): string {
  // Prepared by the grader when it transpiled the file (see submission-copy.ts): the whole story.
  if (error instanceof Error && error.name === "CompileError") return error.message;
  const raw = (error instanceof Error ? String(error.message).slice(0, MESSAGE_HEAD) : String(error).slice(0, MESSAGE_HEAD)).replace(ANSI, "");
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") {
    const what = /Cannot find module '([^']+)'/.exec(raw)?.[1] ?? "a module";
    const advice = importAdvice(what);
    return advice ? `${shown(file)} imports ${what}, which is not installed: ${advice}` : `${shown(file)} imports ${what}, which cannot be found`;
  }
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === "ERR_ACCESS_DENIED") {
    return `${shown(file)} tried to read a file outside the submission folder, which grading does not allow`;
  }
  return `${shown(file)} threw while loading: ${errorSummary(error, file)}`;
}
