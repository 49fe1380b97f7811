/**
 * `tf-no-leak`: a TensorFlow.js function leaves nothing allocated but what it returns. The probe
 * counts the engine's tensors (`tf.memory().numTensors`) before and after one call; every tensor more
 * that is not part of the result is a leak. The count is the submission's process's word, which it
 * could forge: a leak is a note, not a loss of points. The points go to a result of the expected
 * kind and shapes (values have their own cases).
 */
import type { CaseCheck } from "./types";
import { field, judgeResultShape, numberOf } from "./tf-judge";
import { copyOut, disposeAll, gradedFunction, prepareInputs, trackedCall } from "./tf-probe";
import { passedWithNotes } from "./values";

/** The `tf-no-leak` check (see the module comment). */
export const tfNoLeakCheck: CaseCheck = {
  name: "tf-no-leak",
  probe({ submitted, fn, args, options }) {
    const prepared = prepareInputs(args, options.inputs);
    const call = trackedCall(gradedFunction(submitted, fn), prepared);
    const result = copyOut(call.result);
    disposeAll(prepared, call.result);
    return { created: call.created, returned: call.returned, result };
  },
  judge(fixtureCase, fn, probed) {
    const wrong = judgeResultShape(fixtureCase, fn, field(probed, "result"));
    if (wrong) return wrong;
    const created = numberOf(field(probed, "created"));
    const returned = numberOf(field(probed, "returned"));
    const leaked = created - returned;
    if (!(leaked > 0)) return passedWithNotes([]);
    const tensors = leaked === 1 ? "1 tensor" : `${leaked} tensors`;
    return passedWithNotes([
      `${fn.name} left ${tensors} allocated after it returned (tf.memory().numTensors grew by ${created}; the result holds ${returned})`,
      "compute inside tf.tidy(() => …), which disposes every intermediate but the returned tensor; tf.tidy never disposes a tf.variable, so dispose those yourself",
    ]);
  },
};
