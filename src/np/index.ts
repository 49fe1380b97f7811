/**
 * Fast float64 numpy-like helpers over `Matrix = number[][]` (docs/design.md).
 * Use as a namespace: `import * as np from "../np"; np.dot(W1, X)`.
 */
export * from "./matrix";
export * from "./elementwise";
export * from "./linalg";
export * from "./reduce";
export * from "./cross-entropy";
