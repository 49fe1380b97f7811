/**
 * What the TensorFlow.js checks' judges share (they run in the grading process): naming arguments, and the "is it a tf.Tensor, of the course's dtype" stage.
 */
import type { FunctionContract } from "../../contracts";
import type { FixtureCase } from "../../fixtures/types";
import { compareValues } from "../compare";
import { kindName, type Described } from "../describe";
import type { Verdict } from "./types";
import { expectedOf, mismatchLines, withAdvice } from "./values";

/** A probe's `$i` (argument i) replaced by the graded function's parameter name. */
export function nameArguments(text: string, params: readonly string[]): string {
  return text.replace(/\$(\d+)/g, (_, i: string) => params[Number(i)] ?? `argument ${Number(i) + 1}`);
}

function where(path: string): string {
  return path === "" ? "" : ` for ${path}`;
}

/** How a non-tensor result is described: "a number (a plain JavaScript float64)", "a 1-D array of length 3 (number[])". */
function plainKind(received: Extract<Described, { kind: "tensor" }>): string {
  if (received.source === "number") return "a number (a plain JavaScript float64)";
  return `${kindName(received)} (${received.source})`;
}

/**
 * The first place where `received` holds a tensor-shaped value that is not a TensorFlow.js tensor,
 * or a tensor of another dtype than `dtype`, as a message; undefined when every tensor of `expected`
 * is matched by a tf.Tensor (of `dtype`, when given). Structure mismatches are left to `compareValues`.
 */
export function tensorTypeProblem(expected: Described, received: Described, fnName: string, dtype?: string, path = ""): string | undefined {
  if (expected.kind === "tensor" && received.kind === "tensor") {
    if (received.source !== "tensor") {
      return `${fnName} returned ${plainKind(received)}${where(path)}, not a tf.Tensor: compute with TensorFlow.js ops and return their tensor${dtype ? ` (${dtype})` : ""}`;
    }
    if (dtype && received.dtype !== dtype) {
      return `${fnName} returned a ${received.dtype} tensor${where(path)}; the course's result is ${dtype} (tf.cast(…, "${dtype}"))`;
    }
    return undefined;
  }
  if (expected.kind === "object" && received.kind === "object") {
    for (const key of Object.keys(expected.entries)) {
      const inner = received.entries[key];
      if (!inner) continue;
      const problem = tensorTypeProblem(expected.entries[key], inner, fnName, dtype, path === "" ? key : `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Any finite values pass: only the result's kind, structure and shapes are compared. */
const SHAPES_ONLY = { atol: Infinity, rtol: 0 };

/**
 * The scored part of a check whose real subject only the submission's process can attest (leaks,
 * variables, gradient flow): the result is a tf.Tensor (or an object of them) of the expected keys and
 * shapes, with finite values; undefined when it is. The values themselves have cases of their own.
 */
export function judgeResultShape(fixtureCase: FixtureCase, fn: FunctionContract, result: Described | undefined): Verdict | undefined {
  const received = result ?? { kind: "other", type: "nothing" };
  const expected = expectedOf(fixtureCase);
  const typeProblem = tensorTypeProblem(expected, received, fn.name);
  if (typeProblem) return { passed: false, stage: "type", lines: withAdvice([typeProblem], fixtureCase) };
  const mismatch = compareValues(expected, received, SHAPES_ONLY);
  if (mismatch) return { passed: false, stage: mismatch.stage, lines: withAdvice(mismatchLines(mismatch, fixtureCase), fixtureCase) };
  return undefined;
}
