// Hostile: writes into the harness's fixtures/, reference/ and src/, and into node_modules/mathjs.
// Contained: nothing outside the copy is writable: every file stays as it was.
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
  const path = require("node:path") as typeof import("node:path");
  const root = path.resolve(path.dirname(require.resolve("dnn-autograder")), "..", "..");
  const done: string[] = [];
  for (const f of [
    "/work/main/fixtures/data/hidden/week1/initialization.json",
    "/work/main/reference/week1/initialization.ts",
    "/work/main/src/index.ts",
    path.join(root, "src", "index.js"),
    path.join(path.dirname(require.resolve("mathjs")), "index.js"),
  ]) {
    try {
      fs.appendFileSync(f, "\n// pwned\n");
      done.push(f);
    } catch {
      // refused
    }
  }
  throw new Error("wrote " + done.join(", "));
}
