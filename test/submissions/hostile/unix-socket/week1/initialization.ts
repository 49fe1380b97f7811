// Hostile: creates Unix sockets in the harness's src/ folder and in its own folder, which would break later runs.
// Contained: nothing outside the copy is writable; the copy is read-only.
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
  const net = require("node:net") as typeof import("node:net");
  const path = require("node:path") as typeof import("node:path");
  const root = path.dirname(require.resolve("dnn-autograder"));
  for (const p of [path.join(root, "evil.sock"), "/work/main/src/evil.sock", path.join(__dirname, "evil.sock")]) net.createServer().listen(p).on("error", () => undefined);
  throw new Error("sockets");
}
