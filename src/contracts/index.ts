export * from "./assignments";
export type { InitializationModule, Params } from "./week1/initialization";
export type { DropoutCache, RegularizationCache, RegularizationModule } from "./week1/regularization";
export type { GradientCheckingModule } from "./week1/gradient-checking";
export type { AdamState, AdamStep, Grads, MiniBatch, MomentumStep, OptimizationModule } from "./week2/optimization";
export type { TensorflowModule, TfParameters } from "./week3/tensorflow";
export type { BatchNormModule, BatchNormCache, BnParam } from "./week3/batch-norm";
