/**
 * `tf-no-leak`: a TensorFlow.js function leaves nothing allocated but what it returns. The probe
 * counts the engine's tensors (`tf.memory().numTensors`) before and after one call; every tensor more
 * that is not part of the result is a leak. The count is the submission's process's word, which it
 * could forge: a leak is a note, not a loss of points. The points go to a result of the expected
 * kind and shapes (values have their own cases).
 */
import type { Described } from "../describe";
import { defineCheck } from "./define-check";
import { ANY, NUMBER, objectOf, type DescribedObject, type DescribedTensor } from "./report-schema";
import type { CaseCheck } from "./types";
import { judgeResultShape } from "./tf-judge";
import { tfOptionsSchema, type TfOptions } from "./tf-options";
import { copyOut, disposeAll, gradedFunction, prepareInputs, trackedCall } from "./tf-probe";
import { passedWithNotes } from "./values";

/** The `tf-no-leak` check (see the module comment). */
export const tfNoLeakCheck: CaseCheck = defineCheck<TfOptions, DescribedObject<{ created: DescribedTensor; returned: DescribedTensor; result: Described }>>({
  name: "tf-no-leak",
  options: tfOptionsSchema(),
  report: objectOf({ created: NUMBER, returned: NUMBER, result: ANY }),
  probe({ submitted, fn, args, options }) {
    const prepared = prepareInputs(args, options.inputs);
    const call = trackedCall(gradedFunction(submitted, fn), prepared);
    const result = copyOut(call.result);
    disposeAll(prepared, call.result);
    return { created: call.created, returned: call.returned, result };
  },
  judge(fixtureCase, fn, report) {
    const wrong = judgeResultShape(fixtureCase, fn, report.entries.result);
    if (wrong) return wrong;
    const created = report.entries.created.data[0];
    const returned = report.entries.returned.data[0];
    const leaked = created - returned;
    if (!(leaked > 0)) return passedWithNotes([]);
    const tensors = leaked === 1 ? "1 tensor" : `${leaked} tensors`;
    return passedWithNotes([
      `${fn.name} left ${tensors} allocated after it returned (tf.memory().numTensors grew by ${created}; the result holds ${returned})`,
      "compute inside tf.tidy(() => …), which disposes every intermediate but the returned tensor; tf.tidy never disposes a tf.variable, so dispose those yourself",
    ]);
  },
});
