/**
 * The sandbox child: loads one submitted module and calls its functions on request. It runs
 * under Node's permission model (reads limited to the submission and the harness), with a heap
 * cap, and is killed by the parent on a timeout. It only decodes arguments, runs the case's
 * check probe (by default: one call), and describes what came back; every comparison happens
 * in the grading process.
 */
import { decodeValue } from "../../fixtures/encode";
import { RandomState } from "../../random";
import { findCheck } from "../checks/registry";
import { describe, type Described } from "../describe";
import type { ChildMessage, ParentMessage } from "./protocol";
import { errorSummary, loadErrorSummary } from "./error-text";

// Taken before any student code runs, so that code cannot replace them.
const send = process.send!.bind(process) as (message: ChildMessage) => boolean;
const now = performance.now.bind(performance);
const hasOwn = Object.prototype.hasOwnProperty;
const keysOf = Object.keys;

let submitted: Record<string, unknown> = {};
let modulePath = "";

async function call(request: ParentMessage & { type: "call" }): Promise<void> {
  const { id, fn } = request;
  const args = request.args.map((a, i) => decodeValue(a, `argument ${i + 1}`));
  const options = (request.checkOptions === undefined ? {} : decodeValue(request.checkOptions, "checkOptions")) as Record<string, unknown>;
  const check = findCheck(request.check);
  const started = now();
  let value: unknown;
  try {
    if (!check) throw new Error(`unknown check "${request.check}"`);
    value = check.probe({ submitted, fn, args, options });
    if (value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then === "function") {
      value = await value;
    }
  } catch (error) {
    send({ type: "threw", id, message: errorSummary(error, modulePath) });
    return;
  }
  const ms = now() - started;
  const argsAfter = args.map((a): Described => (a instanceof RandomState ? { kind: "other", type: "a RandomState" } : describe(a)));
  send({ type: "result", id, value: describe(value), argsAfter, ms });
}

process.on("message", (message: ParentMessage) => {
  if (message.type === "load") {
    modulePath = message.modulePath;
    try {
      const loaded = require(modulePath) as Record<string, unknown>;
      submitted = loaded;
      const exports: Record<string, string> = {};
      for (const key of keysOf(loaded)) if (hasOwn.call(loaded, key)) exports[key] = typeof loaded[key];
      send({ type: "loaded", exports });
    } catch (error) {
      send({ type: "load-error", message: loadErrorSummary(error, modulePath) });
    }
    return;
  }
  void call(message);
});

send({ type: "ready" });
