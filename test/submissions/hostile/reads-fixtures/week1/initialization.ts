// Hostile: initializeParametersHe tries to read the expected answers from the grader's fixtures.
import * as fs from "node:fs";
import * as path from "node:path";
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
  const answers = path.join(require.resolve("dnn-autograder"), "..", "..", "fixtures", "data", "hidden", "week1", "initialization.json");
  fs.readFileSync(answers, "utf8");
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), Math.sqrt(2 / layersDims[l - 1]));
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}
