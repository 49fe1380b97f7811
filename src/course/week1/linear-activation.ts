import type { Matrix } from "../../np";
import { checkMatrix } from "../../np/check";
import { newRow, newRows } from "../../np/kernels";

// Bound once: global lookups are slow in tight loops under jest's vm context.
const { exp, max } = Math;

/**
 * `Z = np.dot(W, Aprev) + b`, then `A = relu(Z)` (`np.maximum(0, Z)`, which is `Math.max(0, z)`)
 * or `sigmoid(Z)` (`1 / (1 + np.exp(-Z))`), for `W` `(n, k)`, `b` `(n, 1)`, `Aprev` `(k, m)`;
 * returns `[Z, A]`, both `(n, m)`. Shapes are checked and errors name `forwardPropagation`'s
 * `W${l}`, `b${l}` and `prev`.
 *
 * The kernel computes the product four outputs at a time, each output the sequential sum over the
 * inner index exactly as `np.dot` does here, and finishes those four outputs while they are still in
 * registers: writing each element once instead of once per numpy operation is most of the speed.
 */
export function linearActivation(l: number, W: Matrix, b: Matrix, Aprev: Matrix, prev: string, activation: "relu" | "sigmoid"): [Matrix, Matrix] {
  const fn = "forwardPropagation";
  const [n, k] = checkMatrix(fn, `W${l}`, W);
  const [k2, p] = checkMatrix(fn, prev, Aprev);
  if (k !== k2) throw new RangeError(`${fn}: W${l}·${prev}: (${n},${k})·(${k2},${p}): inner dimensions ${k} and ${k2} differ`);
  const [bn, bc] = checkMatrix(fn, `b${l}`, b);
  if (bn !== n || bc !== 1) throw new RangeError(`${fn}: b${l} has shape (${bn},${bc}), expected (${n},1)`);
  const isRelu = activation === "relu";
  const a0 = k > 0 ? Aprev[0] : newRow(p).fill(0); // an empty product is 0
  const Z: Matrix = newRows(n);
  const A: Matrix = newRows(n);
  for (let i = 0; i < n; i++) {
    const w = W[i];
    const w0 = k > 0 ? w[0] : 0;
    const bi = b[i][0];
    const z = newRow(p);
    const a = newRow(p);
    let j = 0;
    for (; j + 3 < p; j += 4) {
      let s0 = w0 * a0[j],
        s1 = w0 * a0[j + 1],
        s2 = w0 * a0[j + 2],
        s3 = w0 * a0[j + 3];
      for (let t = 1; t < k; t++) {
        const wt = w[t];
        const at = Aprev[t];
        s0 += wt * at[j];
        s1 += wt * at[j + 1];
        s2 += wt * at[j + 2];
        s3 += wt * at[j + 3];
      }
      s0 += bi;
      s1 += bi;
      s2 += bi;
      s3 += bi;
      z[j] = s0;
      z[j + 1] = s1;
      z[j + 2] = s2;
      z[j + 3] = s3;
      if (isRelu) {
        a[j] = max(0, s0);
        a[j + 1] = max(0, s1);
        a[j + 2] = max(0, s2);
        a[j + 3] = max(0, s3);
      } else {
        a[j] = 1 / (1 + exp(-s0));
        a[j + 1] = 1 / (1 + exp(-s1));
        a[j + 2] = 1 / (1 + exp(-s2));
        a[j + 3] = 1 / (1 + exp(-s3));
      }
    }
    for (; j < p; j++) {
      let s = w0 * a0[j];
      for (let t = 1; t < k; t++) s += w[t] * Aprev[t][j];
      s += bi;
      z[j] = s;
      a[j] = isRelu ? max(0, s) : 1 / (1 + exp(-s));
    }
    Z[i] = z;
    A[i] = a;
  }
  return [Z, A];
}
