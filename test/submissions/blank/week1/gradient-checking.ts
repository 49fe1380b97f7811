// The student stubs as handed out: every graded function throws.
import type { Matrix, Params } from "dnn-autograder";

export function forwardPropagation(x: number, theta: number): number {
  throw new Error("not implemented");
}

export function backwardPropagation(x: number, theta: number): number {
  throw new Error("not implemented");
}

export function gradientCheck(x: number, theta: number, epsilon = 1e-7, printMsg = false): number {
  throw new Error("not implemented");
}

export function gradientCheckN(parameters: Params, gradients: Record<string, Matrix>, X: Matrix, Y: Matrix, epsilon = 1e-7, printMsg = false): number {
  throw new Error("not implemented");
}
