// Mutant: Adam steps with v and s, without the bias correction.
import { RandomState, np, type Matrix, type Params } from "dnn-autograder";

type Grads = Record<string, Matrix>;

export function updateParametersWithGd(parameters: Params, grads: Grads, learningRate: number): Params {
  const L = Math.floor(Object.keys(parameters).length / 2);
  const updated: Params = { ...parameters };
  for (let l = 1; l <= L; l++) {
    updated["W" + l] = np.subtract(parameters["W" + l], np.multiply(learningRate, grads["dW" + l]));
    updated["b" + l] = np.subtract(parameters["b" + l], np.multiply(learningRate, grads["db" + l]));
  }
  return updated;
}

export function randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize = 64, seed = 0): { X: Matrix; Y: Matrix }[] {
  const m = X[0].length;
  const permutation = new RandomState(seed).permutation(m);
  const shuffledX = np.takeColumns(X, permutation);
  const shuffledY = np.takeColumns(Y, permutation);
  const miniBatches: { X: Matrix; Y: Matrix }[] = [];
  const numCompleteMinibatches = Math.floor(m / miniBatchSize);
  for (let k = 0; k < numCompleteMinibatches; k++) {
    const start = k * miniBatchSize;
    miniBatches.push({
      X: np.sliceColumns(shuffledX, start, start + miniBatchSize),
      Y: np.sliceColumns(shuffledY, start, start + miniBatchSize),
    });
  }
  if (m % miniBatchSize !== 0) {
    const start = numCompleteMinibatches * miniBatchSize;
    miniBatches.push({ X: np.sliceColumns(shuffledX, start, m), Y: np.sliceColumns(shuffledY, start, m) });
  }
  return miniBatches;
}

export function initializeVelocity(parameters: Params): Grads {
  const L = Math.floor(Object.keys(parameters).length / 2);
  const v: Grads = {};
  for (let l = 1; l <= L; l++) {
    v["dW" + l] = np.zerosLike(parameters["W" + l]);
    v["db" + l] = np.zerosLike(parameters["b" + l]);
  }
  return v;
}

export function updateParametersWithMomentum(parameters: Params, grads: Grads, v: Grads, beta: number, learningRate: number): { parameters: Params; v: Grads } {
  const L = Math.floor(Object.keys(parameters).length / 2);
  const updated: Params = { ...parameters };
  const velocity: Grads = { ...v };
  for (let l = 1; l <= L; l++) {
    for (const p of ["W", "b"]) {
      const g = "d" + p + l;
      velocity[g] = np.add(np.multiply(beta, v[g]), np.multiply(1 - beta, grads[g]));
      updated[p + l] = np.subtract(parameters[p + l], np.multiply(learningRate, velocity[g]));
    }
  }
  return { parameters: updated, v: velocity };
}

export function initializeAdam(parameters: Params): { v: Grads; s: Grads } {
  return { v: initializeVelocity(parameters), s: initializeVelocity(parameters) };
}

export function updateParametersWithAdam(
  parameters: Params, grads: Grads, v: Grads, s: Grads, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8,
): { parameters: Params; v: Grads; s: Grads; vCorrected: Grads; sCorrected: Grads } {
  const L = Math.floor(Object.keys(parameters).length / 2);
  const updated: Params = { ...parameters };
  const vNew: Grads = { ...v };
  const sNew: Grads = { ...s };
  const vCorrected: Grads = {};
  const sCorrected: Grads = {};
  for (let l = 1; l <= L; l++) {
    for (const p of ["W", "b"]) {
      const g = "d" + p + l;
      vNew[g] = np.add(np.multiply(beta1, v[g]), np.multiply(1 - beta1, grads[g]));
      vCorrected[g] = vNew[g];
      sNew[g] = np.add(np.multiply(beta2, s[g]), np.multiply(1 - beta2, np.square(grads[g])));
      sCorrected[g] = sNew[g];
      const step = np.divide(np.multiply(learningRate, vCorrected[g]), np.add(np.sqrt(sCorrected[g]), epsilon));
      updated[p + l] = np.subtract(parameters[p + l], step);
    }
  }
  return { parameters: updated, v: vNew, s: sNew, vCorrected, sCorrected };
}

export function updateLr(learningRate0: number, epochNum: number, decayRate: number): number {
  return learningRate0 / (1 + decayRate * epochNum);
}

export function scheduleLrDecay(learningRate0: number, epochNum: number, decayRate: number, timeInterval = 1000): number {
  return learningRate0 / (1 + decayRate * Math.floor(epochNum / timeInterval));
}
