/**
 * `tf-variables`: every parameter an initializer returns is a trainable `tf.Variable` (the optimizer
 * updates variables; a constant tensor would stay as drawn). Keys come from the fixture's expected
 * value. Whether a value is a tf.Variable is the submission's process's word, which it could forge:
 * a constant is a note, not a loss of points. The points go to parameters of the expected keys and
 * shapes (statistics are judged by `tf-glorot`).
 */
import type { Described } from "../describe";
import { defineCheck } from "./define-check";
import { ANY, objectOf, recordOf, STRING, type DescribedObject, type DescribedString } from "./report-schema";
import type { CaseCheck } from "./types";
import { judgeResultShape } from "./tf-judge";
import { tfOptionsSchema, type TfOptions } from "./tf-options";
import { copyOut, disposeAll, gradedFunction, prepareInputs, tfjs, trackedCall } from "./tf-probe";
import { expectedOf, passedWithNotes } from "./values";

/** "variable" (trainable), "frozen variable", "tensor" or the JavaScript type. */
function kindOf(value: unknown): string {
  const tf = tfjs();
  if (value instanceof tf.Variable) return value.trainable ? "variable" : "frozen variable";
  if (value instanceof tf.Tensor) return "tensor";
  return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}

const DESCRIPTION: Record<string, string> = {
  "frozen variable": "a tf.Variable that is not trainable",
  tensor: "a constant tf.Tensor",
  array: "a plain array",
  undefined: "missing",
};

/** The `tf-variables` check (see the module comment). */
export const tfVariablesCheck: CaseCheck = defineCheck<
  TfOptions,
  DescribedObject<{ kinds: DescribedObject<{ [key: string]: DescribedString | undefined }>; type: DescribedString; result: Described }>
>({
  name: "tf-variables",
  options: tfOptionsSchema(),
  report: objectOf({ kinds: recordOf(STRING), type: STRING, result: ANY }),
  probe({ submitted, fn, args, options }) {
    const prepared = prepareInputs(args, options.inputs);
    const call = trackedCall(gradedFunction(submitted, fn), prepared);
    const result = call.result;
    const kinds: Record<string, string> = {};
    if (result !== null && typeof result === "object") {
      for (const [key, value] of Object.entries(result)) kinds[key] = kindOf(value);
    }
    const copy = copyOut(result);
    disposeAll(prepared, result);
    return { kinds, type: kindOf(result), result: copy };
  },
  judge(fixtureCase, fn, report) {
    const shapeProblem = judgeResultShape(fixtureCase, fn, report.entries.result);
    if (shapeProblem) return shapeProblem;
    const expected = expectedOf(fixtureCase);
    const keys = expected.kind === "object" ? Object.keys(expected.entries) : [];
    const kinds = report.entries.kinds.entries;
    const kindOfKey = (key: string): string => (Object.hasOwn(kinds, key) ? (kinds[key]?.value ?? "undefined") : "undefined");
    const wrong = keys.filter((key) => kindOfKey(key) !== "variable");
    if (wrong.length === 0) return passedWithNotes([]);
    const byKind = new Map<string, string[]>();
    for (const key of wrong) byKind.set(kindOfKey(key), [...(byKind.get(kindOfKey(key)) ?? []), key]);
    const lines = [...byKind].map(([kind, names]) => {
      const what = DESCRIPTION[kind] ?? `a ${kind}`;
      return `${fn.name}: ${names.join(", ")} ${names.length === 1 ? "is" : "are each"} ${what}, not a trainable tf.Variable`;
    });
    return passedWithNotes([...lines, "wrap each initial value in tf.variable(…) so that the optimizer can update it"]);
  },
});
