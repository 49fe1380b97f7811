export * from "./assignments";
export type { InitializationModule, Params } from "./week1/initialization";
export type { AdamState, AdamStep, Grads, MiniBatch, MomentumStep, OptimizationModule } from "./week2/optimization";
export type { TensorflowModule, TfParameters } from "./week3/tensorflow";
