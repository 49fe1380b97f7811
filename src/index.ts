/**
 * The package's main export, for students and instructors:
 * `import { RandomState, np, type OptimizationModule } from "dnn-autograder"` (the helpers, and the
 * type of each assignment's module, for `satisfies`).
 */
export { RandomState } from "./random";
export * as np from "./np";
export * as datasets from "./datasets";
export type { Matrix } from "./np/matrix";
export type { Gradients } from "./course/types";
export type {
  Params,
  InitializationModule,
  RegularizationModule,
  RegularizationCache,
  DropoutCache,
  GradientCheckingModule,
  OptimizationModule,
  Grads,
  MiniBatch,
  MomentumStep,
  AdamState,
  AdamStep,
  BatchNormModule,
  BatchNormCache,
  BnParam,
  TensorflowModule,
  TfParameters,
} from "./contracts";
