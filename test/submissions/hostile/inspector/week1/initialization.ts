// Hostile: opens the parent's inspector with SIGUSR1, then connects to 127.0.0.1:9229 to take over the grader.
// Contained: no inspector is reachable: He fails.
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

export async function initializeParametersHe(layersDims: number[]): Promise<Params> {
  try {
    process.kill(process.ppid, "SIGUSR1");
  } catch {
    // not allowed
  }
  await new Promise((r) => setTimeout(r, 300));
  const net = require("node:net") as typeof import("node:net");
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect(9229, "127.0.0.1", () => reject(new Error("connected to an inspector")));
    socket.on("error", () => resolve());
  });
  throw new Error("no inspector");
}
