// Hostile: replaces Object.prototype.toString, Array.prototype.map, JSON.stringify, Number.isInteger, Float64Array and Object.keys when it loads, to confuse the harness's description and encoding.
// Contained: the harness keeps its own references; at worst this module's own answers break.
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

const realHe = function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), Math.sqrt(2 / layersDims[l - 1]));
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
};
const g = globalThis as unknown as Record<string, unknown>;
Object.prototype.toString = () => "[object Float64Array]";
Array.prototype.map = function () {
  return [];
} as never;
JSON.stringify = () => "{}";
Number.isInteger = () => true;
g.Float64Array = Array;
const keys = Object.keys;
Object.keys = (o: object) => keys(o).reverse();
export function initializeParametersHe(layersDims: number[]): Params {
  return realHe(layersDims.map((d) => d * 2));
}
