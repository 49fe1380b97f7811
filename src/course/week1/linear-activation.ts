import type { Matrix } from "../../np";
import { checkMatrix, formatShape } from "../../np/check";
import { newRow, newRows, product, productRows } from "../../np/kernels";

// Bound once: global lookups are slow in tight loops under jest's vm context.
const { exp, max } = Math;

/**
 * `Z = np.dot(W, Aprev) + b`, then `A = relu(Z)` (`np.maximum(0, Z)`, which is `Math.max(0, z)`)
 * or `sigmoid(Z)` (`1 / (1 + np.exp(-Z))`), for `W` `(n, k)`, `b` `(n, 1)`, `Aprev` `(k, m)`;
 * returns `[Z, A]`, both `(n, m)`. Shapes are checked and errors name `forwardPropagation`'s
 * `W${l}`, `b${l}` and `prev`.
 *
 * The product comes from src/np's kernel, two rows of `W` at a time (each output the sequential sum
 * over the inner index, as `np.dot`), then the bias and the activation finish each row.
 */
export function linearActivation(l: number, W: Matrix, b: Matrix, Aprev: Matrix, prev: string, activation: "relu" | "sigmoid"): [Matrix, Matrix] {
  const fn = "forwardPropagation";
  const [n, k] = checkMatrix(fn, `W${l}`, W);
  const [k2, p] = checkMatrix(fn, prev, Aprev);
  if (k !== k2) throw new RangeError(`${fn}: W${l}·${prev}: ${formatShape([n, k])}·${formatShape([k2, p])}: inner dimensions ${k} and ${k2} differ`);
  const [bn, bc] = checkMatrix(fn, `b${l}`, b);
  if (bn !== n || bc !== 1) throw new RangeError(`${fn}: b${l} has shape ${formatShape([bn, bc])}, expected ${formatShape([n, 1])}`);
  const isRelu = activation === "relu";
  const Z: Matrix = productRows(n, p, k === 0);
  const A: Matrix = newRows(n);
  if (k > 0) product(W, Aprev, n, k, p, Z);
  for (let i = 0; i < n; i++) {
    const z = Z[i];
    const bi = b[i][0];
    const a = newRow(p);
    if (isRelu) {
      const p4 = p - (p % 4);
      let j = 0;
      // Four elements a turn (measured faster than one), each as below.
      for (; j < p4; j += 4) {
        const s0 = z[j] + bi,
          s1 = z[j + 1] + bi,
          s2 = z[j + 2] + bi,
          s3 = z[j + 3] + bi;
        z[j] = s0;
        z[j + 1] = s1;
        z[j + 2] = s2;
        z[j + 3] = s3;
        a[j] = max(0, s0);
        a[j + 1] = max(0, s1);
        a[j + 2] = max(0, s2);
        a[j + 3] = max(0, s3);
      }
      for (; j < p; j++) {
        const s = z[j] + bi;
        z[j] = s;
        a[j] = max(0, s);
      }
    } else {
      for (let j = 0; j < p; j++) {
        const s = z[j] + bi;
        z[j] = s;
        a[j] = 1 / (1 + exp(-s));
      }
    }
    A[i] = a;
  }
  return [Z, A];
}
