/**
 * The package's main export, for students and instructors:
 * `import { RandomState, np, type OptimizationModule } from "dnn-autograder"` (the helpers, and the
 * type of each assignment's module and of the data it exchanges, for `satisfies`, as each contract file
 * exports them).
 */
export { RandomState } from "./random";
export * as np from "./np";
export * as datasets from "./datasets";
export type { Matrix } from "./np/matrix";
export type { Gradients } from "./course/types";
export type * from "./contracts/module-types";
