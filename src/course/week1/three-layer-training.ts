import type { Matrix } from "../../np";
import { newRow, pairwiseSum, productTransposed, subtractScaledInto } from "../../np/kernels";
import { crossEntropyRow } from "../../np/cross-entropy-row";
import type { Params } from "../types";
import { linearReluInto, linearSigmoidInto, reluBackwardInto } from "./layer-kernels";

// Bound once: under jest a global lookup costs ~100× a local one (see np/kernels).
const { keys } = Object;

/** `rows` fresh packed rows of length `cols` (contents unspecified: always written before read). */
function buffer(rows: number, cols: number): Matrix {
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) out.push(newRow(cols));
  return out;
}

/** The six weights and biases of the 3-layer net. */
interface Layers {
  W1: Matrix;
  b1: Matrix;
  W2: Matrix;
  b2: Matrix;
  W3: Matrix;
  b3: Matrix;
}

/**
 * The Initialization notebook's training step (`forward_propagation`, `compute_loss`,
 * `backward_propagation`, `update_parameters` of init_utils.py) for `model`'s loop, with the bits of
 * the course functions in ./initialization but no allocation: the activations, gradients and the
 * next parameters go into matrices made once, which never leave the loop. The parameters alternate
 * between two sets (an update reads one and writes the other); `parameters` returns the current one.
 */
export class ThreeLayerTraining {
  private current: Layers;
  private next: Layers;
  private readonly n0: number;
  private readonly n1: number;
  private readonly n2: number;
  private readonly n3: number;
  private readonly m: number;
  private readonly A1: Matrix;
  private readonly A2: Matrix;
  private readonly A3: Matrix;
  private readonly terms: number[];
  private readonly dZ3: Matrix;
  private readonly dZ2: Matrix;
  private readonly dZ1: Matrix;
  private readonly W3T: Matrix;
  private readonly W2T: Matrix;
  private readonly dW1: Matrix;
  private readonly dW2: Matrix;
  private readonly dW3: Matrix;
  private readonly db1: number[];
  private readonly db2: number[];
  private readonly db3: number[];

  /**
   * A training loop from `parameters`, which must be `model`'s own (their rows are overwritten in
   * later steps) and of the shapes `backwardPropagation` checks: see `ThreeLayerTraining.from`.
   */
  private constructor(
    private readonly X: Matrix,
    private readonly Y: Matrix,
    parameters: Layers,
  ) {
    const { W1, W2, W3 } = parameters;
    const n0 = X.length,
      n1 = W1.length,
      n2 = W2.length,
      n3 = W3.length,
      m = X[0].length;
    this.n0 = n0;
    this.n1 = n1;
    this.n2 = n2;
    this.n3 = n3;
    this.m = m;
    this.current = parameters;
    this.next = {
      W1: buffer(n1, n0),
      b1: buffer(n1, 1),
      W2: buffer(n2, n1),
      b2: buffer(n2, 1),
      W3: buffer(n3, n2),
      b3: buffer(n3, 1),
    };
    this.A1 = buffer(n1, m);
    this.A2 = buffer(n2, m);
    this.A3 = buffer(n3, m);
    this.terms = newRow(n3 * m);
    this.dZ3 = buffer(n3, m);
    this.dZ2 = buffer(n2, m);
    this.dZ1 = buffer(n1, m);
    this.W3T = buffer(n2, n3);
    this.W2T = buffer(n1, n2);
    this.dW1 = buffer(n1, n0);
    this.dW2 = buffer(n2, n1);
    this.dW3 = buffer(n3, n2);
    this.db1 = newRow(n1);
    this.db2 = newRow(n2);
    this.db3 = newRow(n3);
  }

  /**
   * A training loop from `parameters` as `updateParameters` returned them (so `model`'s own, checked
   * against `X` and `Y` by a first step), or `null` when the step could not run here as the course
   * functions would: keys other than the six of the 3-layer net, or an empty dimension.
   */
  static from(X: Matrix, Y: Matrix, parameters: Params): ThreeLayerTraining | null {
    const names = keys(parameters);
    if (names.length !== 6) return null;
    const { W1, b1, W2, b2, W3, b3 } = parameters;
    if (!W1 || !b1 || !W2 || !b2 || !W3 || !b3) return null;
    if (X.length === 0 || X[0].length === 0 || W1.length === 0 || W2.length === 0 || W3.length === 0) return null;
    return new ThreeLayerTraining(X, Y, { W1, b1, W2, b2, W3, b3 });
  }

  /**
   * One step of gradient descent: returns the loss before it, `computeLoss(forwardPropagation(X, p).A3, Y)`,
   * and moves to `updateParameters(p, backwardPropagation(X, Y, cache), learningRate)`.
   */
  step(learningRate: number): number {
    const { X, Y, n0, n1, n2, n3, m, A1, A2, A3, dZ3, dZ2, dZ1 } = this;
    const { W1, b1, W2, b2, W3, b3 } = this.current;
    linearReluInto(W1, b1, X, n1, n0, m, A1);
    linearReluInto(W2, b2, A1, n2, n1, m, A2);
    linearSigmoidInto(W3, b3, A2, n3, n2, m, A3);
    const cost = this.loss();
    const scale = 1 / m;
    for (let i = 0; i < n3; i++) {
      const a = A3[i],
        y = Y[i],
        d = dZ3[i];
      for (let j = 0; j < m; j++) d[j] = scale * (a[j] - y[j]);
    }
    productTransposed(dZ3, A2, n3, n2, m, this.dW3);
    rowSums(dZ3, n3, m, this.db3);
    reluBackwardInto(W3, dZ3, A2, n3, n2, m, this.W3T, dZ2);
    productTransposed(dZ2, A1, n2, n1, m, this.dW2);
    rowSums(dZ2, n2, m, this.db2);
    reluBackwardInto(W2, dZ2, A1, n2, n1, m, this.W2T, dZ1);
    productTransposed(dZ1, X, n1, n0, m, this.dW1);
    rowSums(dZ1, n1, m, this.db1);
    const next = this.next;
    subtractScaledInto(W1, learningRate, this.dW1, next.W1);
    updateBias(b1, this.db1, learningRate, next.b1);
    subtractScaledInto(W2, learningRate, this.dW2, next.W2);
    updateBias(b2, this.db2, learningRate, next.b2);
    subtractScaledInto(W3, learningRate, this.dW3, next.W3);
    updateBias(b3, this.db3, learningRate, next.b3);
    this.next = this.current;
    this.current = next;
    return cost;
  }

  /** `(1/m)·np.nansum(crossEntropyTerms(A3, Y))`, as `computeLoss`. */
  private loss(): number {
    const { A3, Y, n3, m, terms } = this;
    for (let i = 0; i < n3; i++) crossEntropyRow(A3[i], Y[i], m, terms, i * m);
    const n = n3 * m;
    for (let j = 0; j < n; j++) {
      const t = terms[j];
      terms[j] = t !== t ? 0 : t;
    }
    // np.nansum adds the pairwise sum to its initial 0 (see np/reduce).
    return (1 / m) * (pairwiseSum(terms, 0, n) + 0);
  }

  /** The current parameters, in the key order of `like` (whose other values they replace): `model`'s result. */
  parameters(like: Params): Params {
    return { ...like, ...this.current };
  }
}

/** `out[i] = np.sum(a[i])` for each row (numpy's pairwise sum, plus its initial 0). */
function rowSums(a: Matrix, rows: number, m: number, out: number[]): void {
  for (let i = 0; i < rows; i++) out[i] = pairwiseSum(a[i], 0, m) + 0;
}

/** `out = b − learningRate·db` for a column `b` and the row sums `db`. */
function updateBias(b: Matrix, db: number[], learningRate: number, out: Matrix): void {
  for (let i = 0; i < b.length; i++) out[i][0] = b[i][0] - learningRate * db[i];
}
