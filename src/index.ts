/**
 * The package's main export, for students and instructors:
 * `import { RandomState, np } from "dnn-autograder"`.
 */
export { RandomState } from "./random";
export * as np from "./np";
export * as datasets from "./datasets";
export type { Matrix } from "./np/matrix";
export type { Params } from "./contracts";
