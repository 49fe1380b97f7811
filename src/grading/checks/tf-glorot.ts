/**
 * `tf-glorot`: an initializer's parameters are float32 tensors of the fixture's keys and shapes, drawn
 * Glorot-normal (statistical tests in `glorot-statistics.ts`; the values themselves are not compared),
 * and the same seed gives the same values (the probe calls twice with the case's arguments).
 */
import { formatShape } from "../../np/check";
import type { Described } from "../describe";
import { glorotProblems, type NamedParameter } from "./glorot-statistics";
import { defineCheck } from "./define-check";
import { ANY, objectOf, type DescribedObject } from "./report-schema";
import type { CaseCheck, Stage } from "./types";
import { tensorTypeProblem } from "./tf-judge";
import { tfOptionsSchema, type TfOptions } from "./tf-options";
import { copyOut, disposeAll, gradedFunction, prepareInputs, trackedCall } from "./tf-probe";
import { expectedOf, withAdvice } from "./values";

type Tensor = Extract<Described, { kind: "tensor" }>;

function sameData(a: Described | undefined, b: Described | undefined): boolean {
  if (a?.kind !== "tensor" || b?.kind !== "tensor" || a.data.length !== b.data.length) return false;
  return a.data.every((x, i) => Object.is(x, b.data[i]));
}

/** The `tf-glorot` check (see the module comment). */
export const tfGlorotCheck: CaseCheck = defineCheck<TfOptions, DescribedObject<{ result: Described; again: Described }>>({
  name: "tf-glorot",
  options: tfOptionsSchema(),
  report: objectOf({ result: ANY, again: ANY }),
  probe({ submitted, fn, args, options }) {
    const calls = [0, 1].map(() => {
      const prepared = prepareInputs(args, options.inputs);
      const call = trackedCall(gradedFunction(submitted, fn), prepared);
      const copy = copyOut(call.result);
      disposeAll(prepared, call.result);
      return copy;
    });
    return { result: calls[0], again: calls[1] };
  },
  judge(fixtureCase, fn, report) {
    const expected = expectedOf(fixtureCase);
    const { result, again } = report.entries;
    const fail = (stage: Stage, lines: string[]) => ({ passed: false, stage, lines: withAdvice(lines, fixtureCase) });
    if (expected.kind !== "object" || result.kind !== "object") {
      return fail("type", [
        `${fn.name} should return an object of parameters (${expected.kind === "object" ? Object.keys(expected.entries).join(", ") : "?"})`,
      ]);
    }
    const keys = Object.keys(expected.entries);
    const missing = keys.filter((key) => !(key in result.entries));
    if (missing.length > 0) return fail("keys", [`the returned parameters are missing ${missing.join(", ")}`]);
    const typeProblem = tensorTypeProblem(expected, result, fn.name, "float32");
    if (typeProblem) return fail("type", [typeProblem]);
    const parameters: NamedParameter[] = [];
    for (const key of keys) {
      const e = expected.entries[key] as Tensor;
      const r = result.entries[key] as Tensor;
      if (r.kind !== "tensor") return fail("type", [`${key} should be a tensor of shape ${formatShape(e.shape)}`]);
      if (r.shape.join() !== e.shape.join()) return fail("shape", [`${key} has shape ${formatShape(r.shape)}; expected ${formatShape(e.shape)}`]);
      parameters.push({ name: key, shape: r.shape, data: r.data });
    }
    const changed = keys.filter((key) => !sameData(result.entries[key], again.kind === "object" ? again.entries[key] : undefined));
    if (changed.length > 0) {
      return fail("seed", [
        `two calls with the same arguments gave different ${changed.join(", ")}: draw with the seed argument (initializers.glorotNormal({ seed }))`,
      ]);
    }
    const problems = glorotProblems(parameters);
    if (problems.length > 0) return fail("statistics", problems);
    return { passed: true, stage: "ok", lines: ["ok"] };
  },
});
