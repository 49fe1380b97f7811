/**
 * The sandbox child: loads one submitted module and runs the cases' probes on request. It runs
 * isolated by the operating system (see `isolation.ts`), as plain JavaScript prepared by the grader
 * (`runtime.ts`, `submission-copy.ts`), and is killed by the grader on a timeout. Requests arrive as
 * JSON lines on stdin; replies leave as JSON lines on file descriptor 3. It only decodes arguments,
 * runs the probe on a fresh instance of the module (the one loaded for the export list serves the
 * first call), describes what came back, and says whether shared state changed. Every comparison
 * happens in the grading process, which trusts none of this without checking it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { TensorflowBackend, TensorflowBackendRequest } from "../../course/week3/tf-backend";
import { decodeValue } from "../../fixtures/encode";
import * as harness from "../../index";
import { RandomState } from "../../random";
import type { CaseCheck } from "../checks/types";
import { describeValue } from "../describe";
import type { ChildMessage, ParentMessage } from "./protocol";
import { MAX_TEXT_CHARS } from "./protocol";
import { errorSummary, loadErrorSummary } from "./error-text";
import { TaintWatch } from "./taint";
import { encodeDescribed } from "./wire";

// Taken before any student code runs, so that code cannot replace them.
const writeSync = fs.writeSync;
const stringify = JSON.stringify;
const parse = JSON.parse;
const fromString = Buffer.from.bind(Buffer);
const hasOwn = Object.prototype.hasOwnProperty;
const keysOf = Object.keys;
const REPLIES = 3;

function send(message: ChildMessage): void {
  const bytes = fromString(stringify(message) + "\n", "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(REPLIES, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    }
  }
}

function capped(text: string): string {
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS - 40) + "… (message cut)" : text;
}

const submissionRoot = process.cwd();
const watched = [harness, harness.np, harness.datasets, RandomState, RandomState.prototype];
let watch = new TaintWatch(watched);
/** The TensorFlow.js backend's start-up, begun by a `prepare` or the first week-3 load (once per child). */
let backendStarting: Promise<TensorflowBackend> | undefined;
let modulePath = "";
let submitted: Record<string, unknown> = {};
let freshlyLoaded = false;

/**
 * The checks loaded for the module served, before any of its code runs (`loadChecks`): `values`, and
 * those of the assignment's own check file (`checks/<module>.js`, when it has one). Any other check,
 * and every check of an assignment with gradient problems (their check, `gradient-consistency`, needs
 * them all), comes from the whole registry. Check names are unique across the registry, so a case
 * gets the check the registry would give it.
 */
let ownChecks: readonly CaseCheck[] = [];
let registry: typeof import("../checks/registry") | undefined;

function loadChecks(served: string): void {
  const { valuesCheck } = require("../checks/values") as typeof import("../checks/values");
  const module = path.relative(submissionRoot, served).replace(/\.[^./\\]+$/, "");
  const file = path.join(__dirname, "..", "checks", `${module}.js`);
  const own = fs.existsSync(file) ? (require(file) as { checks?: readonly CaseCheck[]; gradientProblems?: readonly unknown[] }) : {};
  ownChecks = [valuesCheck, ...(own.checks ?? [])];
  if (own.gradientProblems) registry ??= require("../checks/registry") as typeof import("../checks/registry");
}

function findCheck(name = "values"): CaseCheck | undefined {
  for (const check of ownChecks) if (check.name === name) return check;
  registry ??= require("../checks/registry") as typeof import("../checks/registry");
  return registry.findCheck(name);
}

/** The module, loaded anew: every file of the submission is required again. */
function freshModule(): Record<string, unknown> {
  if (freshlyLoaded) {
    freshlyLoaded = false;
    return submitted;
  }
  submitted = requireAnew();
  return submitted;
}

/** The module at `modulePath` with every file of the submission required again (none of an earlier load's instances). */
function requireAnew(): Record<string, unknown> {
  const cache = require.cache;
  for (const key of keysOf(cache)) if (key.startsWith(submissionRoot)) delete cache[key];
  return require(modulePath) as Record<string, unknown>;
}

async function call(request: ParentMessage & { type: "call" }): Promise<void> {
  const { id, fn } = request;
  const args = request.args.map((a, i) => decodeValue(a, `argument ${i + 1}`));
  // Validated against the check's options schema when the grading process loaded the case.
  const options = request.checkOptions === undefined ? {} : decodeValue(request.checkOptions, "checkOptions");
  const check = findCheck(request.check);
  let value: unknown;
  try {
    if (!check) throw new Error(`unknown check "${request.check}"`);
    value = check.probe({ submitted: freshModule(), fn, args, options });
    if (value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then === "function") {
      value = await value;
    }
  } catch (error) {
    send({ type: "threw", id, message: capped(errorSummary(error, modulePath)), tainted: watch.changed() });
    return;
  }
  let reply: ChildMessage;
  try {
    const argsAfter = args.map((a) => describeValue(a)).map(encodeDescribed);
    reply = { type: "result", id, value: encodeDescribed(describeValue(value)), argsAfter, tainted: watch.changed() };
  } catch {
    reply = { type: "threw", id, message: `${fn} returned a value that could not be read`, tainted: true };
  }
  send(reply);
}

/**
 * Starts TensorFlow.js's backend (once per child) before a week-3 module loads; the backend's own
 * start-up (the WebAssembly module, its handlers on `process`) is the harness's, not a change by
 * student code, so the record of shared state is taken again after it, unless it had already changed.
 */
function startTensorflowOnce(request: TensorflowBackendRequest): Promise<TensorflowBackend> {
  backendStarting ??= (async () => {
    const clean = !watch.changed();
    const { startTensorflow } = require("../../course/week3/tf-backend") as typeof import("../../course/week3/tf-backend");
    const started = await startTensorflow(request);
    if (clean) watch = new TaintWatch(watched);
    return started;
  })();
  return backendStarting;
}

async function load(served: string, tensorflow: TensorflowBackendRequest | undefined): Promise<void> {
  modulePath = served;
  let started: TensorflowBackend | undefined;
  try {
    if (tensorflow) started = await startTensorflowOnce(tensorflow);
  } catch (error) {
    send({ type: "load-error", message: capped(errorSummary(error, modulePath)) });
    return;
  }
  try {
    loadChecks(served);
  } catch (error) {
    send({ type: "load-error", message: capped(errorSummary(error, modulePath)) });
    return;
  }
  try {
    submitted = requireAnew();
    freshlyLoaded = true;
    const exports: Record<string, string> = {};
    for (const key of keysOf(submitted)) if (hasOwn.call(submitted, key)) exports[capped(key).slice(0, 200)] = typeof submitted[key];
    send({ type: "loaded", exports, tainted: watch.changed(), ...(started ? { backend: started } : {}) });
  } catch (error) {
    send({ type: "load-error", message: capped(loadErrorSummary(error, modulePath)) });
  }
}

let buffered = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk: string) => {
  buffered += chunk;
  let newline = buffered.indexOf("\n");
  while (newline >= 0) {
    const line = buffered.slice(0, newline);
    buffered = buffered.slice(newline + 1);
    newline = buffered.indexOf("\n");
    const message = parse(line) as ParentMessage;
    // A failed start-up is the load's to report.
    if (message.type === "prepare") startTensorflowOnce(message.tensorflow).catch(() => undefined);
    else if (message.type === "load") void load(message.modulePath, message.tensorflow);
    else void call(message);
  }
});
// The grader went away: nothing is left to answer.
process.stdin.on("end", () => process.exit(0));

send({ type: "ready" });
