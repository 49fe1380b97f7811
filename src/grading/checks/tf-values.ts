/**
 * `tf-values`: a TensorFlow.js function's result, compared with the fixture. Stages: the result is a
 * tf.Tensor (not a number or an array), of `checkOptions.dtype` when the case names one → values
 * (type → shape → finite → values, naming a known mistake) → notes (not scored: only the
 * submission's process could attest them) when the inputs the probe made (tensors, variables) were
 * disposed or changed, or plain inputs mutated.
 * `checkOptions.inputs` says how each argument is passed (see `InputKind`).
 */
import type { CaseCheck } from "./types";
import { field, nameArguments, stringsOf, tensorTypeProblem } from "./tf-judge";
import { copyOut, disposeAll, gradedFunction, inputProblems, prepareInputs, trackedCall } from "./tf-probe";
import { expectedOf, judgeUnmutated, judgeValue, passedWithNotes, withAdvice } from "./values";

/** The `tf-values` check (see the module comment). */
export const tfValuesCheck: CaseCheck = {
  name: "tf-values",
  probe({ submitted, fn, args, options }) {
    const prepared = prepareInputs(args, options.inputs);
    const call = trackedCall(gradedFunction(submitted, fn), prepared);
    const report = { result: copyOut(call.result), problems: inputProblems(prepared) };
    disposeAll(prepared, call.result);
    return report;
  },
  judge(fixtureCase, fn, probed, argsAfter) {
    const result = field(probed, "result") ?? probed;
    const dtype = typeof fixtureCase.checkOptions?.dtype === "string" ? fixtureCase.checkOptions.dtype : undefined;
    const typeProblem = tensorTypeProblem(expectedOf(fixtureCase), result, fn.name, dtype);
    if (typeProblem) return { passed: false, stage: "type", lines: withAdvice([typeProblem], fixtureCase) };
    const valueVerdict = judgeValue(fixtureCase, result);
    if (valueVerdict) return valueVerdict;
    const problems = stringsOf(field(probed, "problems")).map((p) => nameArguments(p, fn.params));
    const rest = judgeUnmutated(fixtureCase, fn, argsAfter);
    if (problems.length === 0) return rest;
    return passedWithNotes([`${fn.name} ${problems.join(" and ")}: graded functions leave their inputs as they were`, ...(rest.notes ?? [])]);
  },
};
