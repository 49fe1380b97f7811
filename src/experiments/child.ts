/**
 * Runs one experiment on a submission inside the sandbox (started by `experiment NAME DIR`):
 * `child.ts NAME MODULE_PATH`. Output goes straight to the terminal. An experiment of an assignment
 * that loads TensorFlow.js starts its backend (WebAssembly, or the CPU backend when it cannot start)
 * before the submission loads, and says which.
 */
import { backendText, startTensorflow } from "../course/week3/tf-backend";
import { errorSummary, loadErrorSummary } from "../grading/sandbox/error-text";
import { findExperiment } from "./registry";

async function main(): Promise<void> {
  const [name, modulePath] = process.argv.slice(2);
  const experiment = findExperiment(name);
  if (experiment.assignment.packages.includes("@tensorflow/tfjs-core")) {
    process.stdout.write(`TensorFlow.js backend: ${backendText(await startTensorflow())}\n`);
  }
  let submitted: Record<string, unknown>;
  try {
    submitted = require(modulePath) as Record<string, unknown>;
  } catch (error) {
    process.stderr.write(`dnn-autograder: ${loadErrorSummary(error, modulePath)}\n`);
    process.exit(2);
  }
  const missing = experiment.assignment.functions.map((f) => f.name).filter((f) => typeof submitted[f] !== "function");
  if (missing.length > 0) {
    process.stderr.write(`dnn-autograder: ${modulePath} does not export ${missing.join(", ")}, which experiment ${name} needs\n`);
    process.exit(2);
  }
  try {
    experiment.run(submitted, (line) => process.stdout.write(line + "\n"));
  } catch (error) {
    process.stderr.write(`dnn-autograder: experiment ${name} stopped: ${errorSummary(error, modulePath)}\n`);
    process.exit(1);
  }
}

void main();
