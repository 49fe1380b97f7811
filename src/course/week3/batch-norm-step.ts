/**
 * One step of the batch-norm `model`'s mini-batch gradient descent: the forward pass, the cost, the
 * backward pass and the update of ./batch-norm-net, computed with the same operations in the same
 * order (so the same bits), but into buffers the step owns and reuses from batch to batch, the
 * parameters updated in place. The graded functions run as they are, on inputs of the shapes they
 * expect; whenever one of them returns something of another shape, that operation runs as
 * ./batch-norm-net writes it (src/np, with its broadcasting), on new matrices.
 */
import type { BatchNormCache, BnParam } from "../../contracts/week3/batch-norm";
import * as np from "../../np";
import type { Matrix } from "../../np";
import { newRow, newRows, pairwiseSum, product, productTN, productTransposed, subtractScaledInto } from "../../np/kernels";
import type { Params } from "../types";
import { computeCost, reluGradient, type BatchNormFunctions } from "./batch-norm-net";
import { hasShape, maskNonPositive, reluInto, sigmoidInto } from "./batch-norm-rows";

/** The buffers of one batch width: the batch's columns of X and Y and each layer's per-example values. */
interface Buffers {
  Xb: Matrix;
  Yb: Matrix;
  /** `W_l·A_{l−1}` (and `+ b_l` on layers without batch norm), by layer index l − 1. */
  Z: Matrix[];
  /** The activations `A_l`, by l − 1. */
  A: Matrix[];
  /** The gradient at the activation's input of layer l, by l − 1. */
  dPre: Matrix[];
}

/** `rows` fresh rows of length `cols`, filled with zeros. */
function zeroMatrix(rows: number, cols: number): Matrix {
  const out: Matrix = newRows(rows);
  for (let i = 0; i < rows; i++) out[i] = newRow(cols).fill(0);
  return out;
}

/**
 * Mini-batch gradient-descent steps on a net of `layersDims` (as `initializeParameters` built it),
 * with learning rate `learningRate`. `step` trains on the columns `order[start … end)` of `X`, `Y`:
 * the same parameters and bnParams as `forwardPropagation` in train mode, `backwardPropagation` and
 * `updateParameters` give, bit for bit. It owns `parameters` (updated in place) from construction on.
 */
export class BatchNormStep {
  private readonly L: number;
  private readonly buffers = new Map<number, Buffers>();
  /** `dW_l` `(n_l, n_{l−1})`, by l − 1, reused every step. */
  private readonly dW: Matrix[] = [];
  private readonly keys: { W: string; b: string; gamma: string; beta: string }[] = [];

  constructor(
    private readonly parameters: Params,
    private readonly layersDims: readonly number[],
    private readonly learningRate: number,
    private readonly fns: BatchNormFunctions,
  ) {
    this.L = layersDims.length - 1;
    for (let l = 1; l <= this.L; l++) {
      this.dW.push(zeroMatrix(layersDims[l], layersDims[l - 1]));
      this.keys.push({ W: `W${l}`, b: `b${l}`, gamma: `gamma${l}`, beta: `beta${l}` });
    }
  }

  private buffersFor(m: number): Buffers {
    let b = this.buffers.get(m);
    if (!b) {
      const dims = this.layersDims;
      const Z: Matrix[] = [];
      const A: Matrix[] = [];
      const dPre: Matrix[] = [];
      for (let l = 1; l <= this.L; l++) {
        Z.push(zeroMatrix(dims[l], m));
        A.push(zeroMatrix(dims[l], m));
        dPre.push(zeroMatrix(dims[l], m));
      }
      b = { Xb: zeroMatrix(dims[0], m), Yb: zeroMatrix(1, m), Z, A, dPre };
      this.buffers.set(m, b);
    }
    return b;
  }

  /**
   * One step on the columns `order[start … end)` of `X` `(n_0, m)` and `Y` `(1, m)` (valid indices);
   * `bnParams[l]` is read and replaced for each batch-norm layer. Returns the batch's `computeCost`.
   */
  step(X: Matrix, Y: Matrix, order: readonly number[], start: number, end: number, bnParams: Record<number, BnParam>): number {
    const { L, parameters, fns, keys } = this;
    const m = end - start;
    const buf = this.buffersFor(m);
    const { Xb, Yb } = buf;
    for (let i = 0; i < Xb.length; i++) {
      const x = X[i];
      const row = Xb[i];
      for (let k = 0; k < m; k++) row[k] = x[order[start + k]];
    }
    const y = Y[0];
    const yb = Yb[0];
    for (let k = 0; k < m; k++) yb[k] = y[order[start + k]];

    // Forward (forwardPropagation in train mode).
    const Aprev: Matrix[] = [];
    const pres: Matrix[] = [];
    const bnCaches: (BatchNormCache | undefined)[] = [];
    let A = Xb;
    for (let l = 1; l <= L; l++) {
      const key = keys[l - 1];
      const W = parameters[key.W];
      let Z: Matrix;
      if (hasShape(A, W[0].length, m) && hasShape(buf.Z[l - 1], W.length, m)) {
        Z = buf.Z[l - 1];
        product(W, A, W.length, A.length, m, Z);
      } else {
        Z = np.dot(W, A);
      }
      let pre: Matrix;
      const gamma = parameters[key.gamma];
      if (gamma) {
        const result = fns.batchnormForward(Z, gamma, parameters[key.beta], { ...(bnParams[l] ?? {}), mode: "train" });
        pre = result.out;
        bnCaches.push(result.cache);
        bnParams[l] = result.bnParam;
      } else {
        const b = parameters[key.b];
        pre = Z === buf.Z[l - 1] && hasShape(b, Z.length, 1) ? addColumnInPlace(Z, b) : np.add(Z, b);
        bnCaches.push(undefined);
      }
      Aprev.push(A);
      pres.push(pre);
      const out = buf.A[l - 1];
      const fits = hasShape(pre, out.length, m);
      if (l < L) A = fits ? reluInto(pre, out) : np.maximum(0, pre);
      else A = fits ? sigmoidInto(pre, out) : np.divide(1, np.add(1, np.exp(np.negative(pre))));
    }
    const AL = A;
    const cost = computeCost(AL, Yb);

    // Backward (backwardPropagation), each layer's parameters updated once its gradients are used.
    const lr = this.learningRate;
    let dPre: Matrix;
    if (hasShape(AL, buf.dPre[L - 1].length, m)) {
      dPre = buf.dPre[L - 1];
      for (let i = 0; i < dPre.length; i++) {
        const a = AL[i];
        const d = dPre[i];
        for (let j = 0; j < m; j++) d[j] = (a[j] - yb[j]) / m;
      }
    } else {
      dPre = np.divide(np.subtract(AL, Yb), m);
    }
    for (let l = L; l >= 1; l--) {
      const key = keys[l - 1];
      const bn = bnCaches[l - 1];
      const W = parameters[key.W];
      const n = W.length;
      const k = W[0].length;
      let dZ = dPre;
      if (bn) {
        const g = fns.batchnormBackward(dPre, bn);
        dZ = g.dZ;
        this.update(key.gamma, g.dGamma, lr);
        this.update(key.beta, g.dBeta, lr);
      } else if (hasShape(dPre, n, m) && hasShape(parameters[key.b], n, 1)) {
        const b = parameters[key.b];
        for (let i = 0; i < n; i++) b[i][0] = b[i][0] - lr * (pairwiseSum(dPre[i], 0, m) + 0);
      } else {
        this.update(key.b, np.sum(dPre, { axis: 1, keepdims: true }), lr);
      }
      const prev = Aprev[l - 1];
      const standard = hasShape(dZ, n, m) && hasShape(prev, k, m);
      let dW = this.dW[l - 1];
      if (standard) productTransposed(dZ, prev, n, k, m, dW);
      else dW = np.dotNT(dZ, prev);
      if (l > 1) {
        const target = buf.dPre[l - 2];
        if (standard) {
          // The ReLU's output `prev` is positive exactly where its input was (NaN in neither), and
          // it is this step's buffer, still in cache, where its input is the graded function's output.
          productTN(W, dZ, k, n, m, target);
          dPre = maskNonPositive(target, prev);
        } else {
          dPre = reluGradient(np.dotTN(W, dZ), pres[l - 2]);
        }
      }
      this.update(key.W, dW, lr);
    }
    return cost;
  }

  /** `P ← P − learningRate·dP`: in place when `dP` has P's shape, else numpy's broadcast into a new P. */
  private update(key: string, grad: Matrix, lr: number): void {
    const P = this.parameters[key];
    if (hasShape(grad, P.length, P[0].length)) subtractScaledInto(P, lr, grad, P);
    else this.parameters[key] = np.subtract(P, np.multiply(lr, grad));
  }
}

/** `Z + b` for `b` `(n, 1)`, into `Z`. */
function addColumnInPlace(Z: Matrix, b: Matrix): Matrix {
  for (let i = 0; i < Z.length; i++) {
    const z = Z[i];
    const bi = b[i][0];
    for (let j = 0; j < z.length; j++) z[j] = z[j] + bi;
  }
  return Z;
}
