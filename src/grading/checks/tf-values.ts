/**
 * `tf-values`: a TensorFlow.js function's result, compared with the fixture. Stages: the result is a
 * tf.Tensor (not a number or an array), of `checkOptions.dtype` when the case names one → values
 * (type → shape → finite → values, naming a known mistake) → notes (not scored: only the
 * submission's process could attest them) when the inputs the probe made (tensors, variables) were
 * disposed or changed, or plain inputs mutated.
 * `checkOptions.inputs` says how each argument is passed (see `InputKind`).
 */
import type { Described } from "../describe";
import { defineCheck } from "./define-check";
import { ANY, objectOf, STRINGS, textsOf, type DescribedObject, type DescribedStrings } from "./report-schema";
import type { CaseCheck } from "./types";
import { nameArguments, tensorTypeProblem } from "./tf-judge";
import { tfOptionsSchema, type TfOptions } from "./tf-options";
import { copyOut, disposeAll, gradedFunction, inputProblems, prepareInputs, trackedCall } from "./tf-probe";
import { expectedOf, judgeUnmutated, judgeValue, passedWithNotes, withAdvice } from "./values";

/** The `tf-values` check (see the module comment). */
export const tfValuesCheck: CaseCheck = defineCheck<TfOptions & { dtype?: string }, DescribedObject<{ result: Described; problems: DescribedStrings }>>({
  name: "tf-values",
  options: tfOptionsSchema({ dtype: { type: "string" } }),
  report: objectOf({ result: ANY, problems: STRINGS }),
  probe({ submitted, fn, args, options }) {
    const prepared = prepareInputs(args, options.inputs);
    const call = trackedCall(gradedFunction(submitted, fn), prepared);
    const report = { result: copyOut(call.result), problems: inputProblems(prepared) };
    disposeAll(prepared, call.result);
    return report;
  },
  judge(fixtureCase, fn, report, argsAfter, options) {
    const result = report.entries.result;
    const typeProblem = tensorTypeProblem(expectedOf(fixtureCase), result, fn.name, options.dtype);
    if (typeProblem) return { passed: false, stage: "type", lines: withAdvice([typeProblem], fixtureCase) };
    const valueVerdict = judgeValue(fixtureCase, result);
    if (valueVerdict) return valueVerdict;
    const problems = textsOf(report.entries.problems).map((p) => nameArguments(p, fn.params));
    const rest = judgeUnmutated(fixtureCase, fn, argsAfter);
    if (problems.length === 0) return rest;
    return passedWithNotes([`${fn.name} ${problems.join(" and ")}: graded functions leave their inputs as they were`, ...(rest.notes ?? [])]);
  },
});
