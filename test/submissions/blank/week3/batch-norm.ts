// The student stubs as handed out: every graded function throws.
import { type Matrix } from "dnn-autograder";

type BnParam = { mode: "train" | "test"; eps?: number; momentum?: number; runningMean?: Matrix; runningVar?: Matrix };
type Cache = { Z: Matrix; Znorm: Matrix; mu: Matrix; sigma2: Matrix; gamma: Matrix; beta: Matrix; eps: number };

export function batchnormForward(Z: Matrix, gamma: Matrix, beta: Matrix, bnParam: BnParam): { out: Matrix; cache: Cache; bnParam: BnParam } {
  throw new Error("not implemented");
}

export function batchnormBackward(dOut: Matrix, cache: Cache): { dZ: Matrix; dGamma: Matrix; dBeta: Matrix } {
  throw new Error("not implemented");
}
