// Hostile: the folder holds a link to the root (up -> /) through which the hidden answers are read.
// Contained: the copy refuses the link with one line; nothing is graded (exit 2).
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


/** Finds the He case whose layer sizes are `dims` in a fixture file's text and rebuilds its expected value. */
function answerFrom(text: string, dims: number[]): Params {
  const file = JSON.parse(text) as { cases: { function: string; args: unknown[]; expected: Record<string, { shape: number[]; data: number[] }> }[] };
  const found = file.cases.find((c) => c.function === "initializeParametersHe" && JSON.stringify(c.args[0]) === JSON.stringify(dims));
  if (!found) throw new Error("no answer for " + JSON.stringify(dims));
  const out: Params = {};
  for (const [key, t] of Object.entries(found.expected)) {
    const rows: number[][] = [];
    for (let i = 0; i < t.shape[0]; i++) rows.push(t.data.slice(i * t.shape[1], (i + 1) * t.shape[1]));
    out[key] = rows as never;
  }
  return out;
}

export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const fs = require("node:fs") as typeof import("node:fs");
  const root = process.env.DNN_AUTOGRADER_PACKAGE_ROOT ?? "/work/main";
  return answerFrom(fs.readFileSync(`${__dirname}/up${root}/fixtures/data` + "/hidden/week1/initialization.json", "utf8"), layersDims);
}
