/**
 * Runs one experiment on a submission inside the sandbox (started by `experiment NAME DIR`):
 * `child.ts NAME MODULE_PATH [ITERATIONS]`. The log goes to stdout; run outcomes and, at the end, the
 * figure data go to file descriptor 3 (`events.ts`). A run that needs a graded function the
 * submission has not written yet is skipped and said so; the others run. An experiment of an
 * assignment that loads TensorFlow.js starts its backend (WebAssembly, or the CPU backend when it
 * cannot start) before the submission loads, and says which.
 *
 * Exit code: 0 when at least one run ran and none failed, 1 when a run failed (the others still ran),
 * 2 when the module cannot be loaded or no run could run (every one needs unfinished work).
 */
import * as fs from "node:fs";
import { backendText, startTensorflow } from "../course/week3/tf-backend";
import { errorSummary, loadErrorSummary } from "../grading/sandbox/error-text";
import type { Attempt } from "./attempt";
import { EVENTS_FD, MAX_REASON_CHARS, type ExperimentEvent } from "./events";
import { findExperiment } from "./registry";
import { guardUnfinished, Unfinished } from "./unfinished";

// Bound before any submitted code runs, which may replace them.
const writeSync = fs.writeSync;
const stringify = JSON.stringify;

function send(event: ExperimentEvent): void {
  const bytes = Buffer.from(stringify(event) + "\n", "utf8");
  for (let offset = 0; offset < bytes.length;) offset += writeSync(EVENTS_FD, bytes, offset, bytes.length - offset);
}

async function main(): Promise<void> {
  const [name, modulePath, iterations] = process.argv.slice(2);
  const experiment = findExperiment(name);
  const length = iterations === undefined ? undefined : Number(iterations);
  const log = (line: string) => void process.stdout.write(line + "\n");
  if (experiment.assignment.packages.includes("@tensorflow/tfjs-core")) log(`TensorFlow.js backend: ${backendText(await startTensorflow())}`);
  let submitted: Record<string, unknown>;
  try {
    submitted = require(modulePath) as Record<string, unknown>;
  } catch (error) {
    process.stderr.write(`dnn-autograder: ${loadErrorSummary(error, modulePath)}\n`);
    process.exit(2);
  }
  let guarded: Record<string, unknown>;
  try {
    guarded = guardUnfinished(
      submitted,
      experiment.assignment.functions.map((f) => f.name),
    );
  } catch (error) {
    // An export whose getter throws.
    process.stderr.write(`dnn-autograder: experiment ${name} stopped: ${errorSummary(error, modulePath)}\n`);
    process.exit(1);
  }

  const outcomes = { ran: 0, skipped: 0, failed: 0 };
  const attempt: Attempt = (label, body) => {
    try {
      const result = body();
      outcomes.ran++;
      send({ type: "run", label, status: "ran" });
      return result;
    } catch (error) {
      if (error instanceof Unfinished) {
        outcomes.skipped++;
        log(`skipped the ${label} run: ${error.message}`);
        send({ type: "run", label, status: "skipped", reason: error.message });
      } else {
        outcomes.failed++;
        const why = errorSummary(error, modulePath);
        process.stderr.write(`dnn-autograder: experiment ${name}: the ${label} run stopped: ${why}\n`);
        send({ type: "run", label, status: "failed", reason: why.slice(0, MAX_REASON_CHARS) });
      }
      return undefined;
    }
  };

  try {
    const data = experiment.run(guarded, log, { attempt, ...(length === undefined ? {} : { length }) });
    send({ type: "figures", data });
  } catch (error) {
    process.stderr.write(`dnn-autograder: experiment ${name} stopped: ${errorSummary(error, modulePath)}\n`);
    process.exit(1);
  }
  if (outcomes.skipped > 0) {
    log(`\nRan ${outcomes.ran} of ${experiment.runs.length} runs; skipped ${outcomes.skipped} that need functions not written yet.`);
  }
  if (outcomes.failed > 0) process.exitCode = 1;
  else if (outcomes.ran === 0) {
    process.stderr.write(`dnn-autograder: experiment ${name} ran nothing: every run needs a function that is not written yet\n`);
    process.exitCode = 2;
  }
}

void main();
