// A correct submission that returns mathjs matrices instead of number[][].
import { matrix, multiply, zeros, type Matrix } from "mathjs";
import { RandomState } from "dnn-autograder";

type MathParams = Record<string, Matrix>;

function build(layersDims: number[], weight: (l: number) => Matrix): MathParams {
  const parameters: MathParams = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = weight(l);
    parameters["b" + l] = zeros([layersDims[l], 1]) as Matrix;
  }
  return parameters;
}

export function initializeParametersZeros(layersDims: number[]): MathParams {
  return build(layersDims, (l) => zeros([layersDims[l], layersDims[l - 1]]) as Matrix);
}

export function initializeParametersRandom(layersDims: number[], rng = new RandomState(3)): MathParams {
  return build(layersDims, (l) => multiply(matrix(rng.randn(layersDims[l], layersDims[l - 1])), 10) as Matrix);
}

export function initializeParametersHe(layersDims: number[], rng = new RandomState(3)): MathParams {
  return build(layersDims, (l) => multiply(matrix(rng.randn(layersDims[l], layersDims[l - 1])), Math.sqrt(2 / layersDims[l - 1])) as Matrix);
}
