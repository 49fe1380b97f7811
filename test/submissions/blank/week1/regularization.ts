// The student stubs as handed out: every graded function throws.
import { RandomState, type Matrix, type Params } from "dnn-autograder";

export function computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Params, lambd: number): number {
  throw new Error("not implemented");
}

export function backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: Record<string, Matrix>, lambd: number): Record<string, Matrix> {
  throw new Error("not implemented");
}

export function forwardPropagationWithDropout(X: Matrix, parameters: Params, keepProb = 0.5, rng: RandomState = new RandomState(1)): { A3: Matrix; cache: Record<string, Matrix> } {
  throw new Error("not implemented");
}

export function backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: Record<string, Matrix>, keepProb: number): Record<string, Matrix> {
  throw new Error("not implemented");
}
