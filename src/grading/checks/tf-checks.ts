/** The TensorFlow.js checks (week 3), listed together in the registry. */
import { tfGlorotCheck } from "./tf-glorot";
import { tfGradientsCheck } from "./tf-gradients";
import { tfNoLeakCheck } from "./tf-no-leak";
import { tfValuesCheck } from "./tf-values";
import { tfVariablesCheck } from "./tf-variables";
import type { CaseCheck } from "./types";

/** The week-3 TensorFlow.js checks: `tf-values`, `tf-no-leak`, `tf-variables`, `tf-glorot`, `tf-gradients`. */
export const TF_CHECKS: readonly CaseCheck[] = [tfValuesCheck, tfNoLeakCheck, tfVariablesCheck, tfGlorotCheck, tfGradientsCheck];
