/** What week 3 "TensorFlow Introduction" adds to grading: the TensorFlow.js checks. */
import { tfGlorotCheck } from "../tf-glorot";
import { tfGradientsCheck } from "../tf-gradients";
import { tfNoLeakCheck } from "../tf-no-leak";
import { tfValuesCheck } from "../tf-values";
import { tfVariablesCheck } from "../tf-variables";
import type { CaseCheck } from "../types";

/** The checks only its cases name: `tf-values`, `tf-no-leak`, `tf-variables`, `tf-glorot`, `tf-gradients`. */
export const checks: readonly CaseCheck[] = [tfValuesCheck, tfNoLeakCheck, tfVariablesCheck, tfGlorotCheck, tfGradientsCheck];
