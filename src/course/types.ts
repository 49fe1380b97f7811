import type { Matrix } from "../np/matrix";

/** Parameters of an L-layer net, course keys: `W1` `(n_1, n_0)`, `b1` `(n_1, 1)`, … `WL`, `bL`. */
export type Params = Record<string, Matrix>;

/**
 * Gradients of the course's 3-layer nets (keys as in init_utils.py, camel-cased):
 * `dZ3 dW3 db3 dA2 dZ2 dW2 db2 dA1 dZ1 dW1 db1`; each has the shape of what it is the gradient of.
 */
export interface Gradients {
  dZ3: Matrix;
  dW3: Matrix;
  db3: Matrix;
  dA2: Matrix;
  dZ2: Matrix;
  dW2: Matrix;
  db2: Matrix;
  dA1: Matrix;
  dZ1: Matrix;
  dW1: Matrix;
  db1: Matrix;
  [key: string]: Matrix;
}
