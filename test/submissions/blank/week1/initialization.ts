// The student stubs as handed out: every graded function throws.
import { RandomState, type Params } from "dnn-autograder";

export function initializeParametersZeros(layersDims: number[]): Params {
  throw new Error("not implemented");
}

export function initializeParametersRandom(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  throw new Error("not implemented");
}

export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  throw new Error("not implemented");
}
