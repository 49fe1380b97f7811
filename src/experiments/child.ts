/**
 * Runs one experiment on a submission inside the sandbox (started by `experiment NAME DIR`):
 * `child.ts NAME MODULE_PATH`. Output goes straight to the terminal.
 */
import { errorSummary, loadErrorSummary } from "../grading/sandbox/error-text";
import { findExperiment } from "./registry";

const [name, modulePath] = process.argv.slice(2);
const experiment = findExperiment(name);
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
