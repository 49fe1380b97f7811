/**
 * TensorFlow.js's chained ops (`W.matMul(X).add(b)`, `Z.relu()`, `t.reshape([-1])`), as the full
 * `@tensorflow/tfjs` bundle registers them on `Tensor.prototype`. The Node bundle of
 * `@tensorflow/tfjs-core` registers none, although its types declare them all; `registerChainedOps`
 * adds each one as tfjs-core's own `public/chained_ops/*` files define it: the op called with the
 * tensor as its first argument, after a check that the tensor is not disposed.
 */
import type * as Tf from "@tensorflow/tfjs-core";

/** Chained ops that call the op of the same name with the tensor first: `x.name(...args)` is `tf.name(x, ...args)`. */
export const DIRECT_CHAINED_OPS = [
  "abs",
  "acos",
  "acosh",
  "add",
  "all",
  "any",
  "argMax",
  "argMin",
  "asin",
  "asinh",
  "atan",
  "atan2",
  "atanh",
  "avgPool",
  "batchToSpaceND",
  "batchNorm",
  "broadcastTo",
  "cast",
  "ceil",
  "clipByValue",
  "conv1d",
  "conv2d",
  "conv2dTranspose",
  "cos",
  "cosh",
  "cumprod",
  "cumsum",
  "depthToSpace",
  "depthwiseConv2d",
  "dilation2d",
  "div",
  "divNoNan",
  "dot",
  "elu",
  "equal",
  "erf",
  "euclideanNorm",
  "exp",
  "expandDims",
  "expm1",
  "fft",
  "floor",
  "floorDiv",
  "gather",
  "greater",
  "greaterEqual",
  "ifft",
  "irfft",
  "isFinite",
  "isInf",
  "isNaN",
  "leakyRelu",
  "less",
  "lessEqual",
  "localResponseNormalization",
  "log",
  "log1p",
  "logSigmoid",
  "logSoftmax",
  "logSumExp",
  "logicalAnd",
  "logicalNot",
  "logicalOr",
  "logicalXor",
  "matMul",
  "max",
  "maxPool",
  "maximum",
  "mean",
  "min",
  "minimum",
  "mirrorPad",
  "mod",
  "mul",
  "neg",
  "norm",
  "notEqual",
  "oneHot",
  "onesLike",
  "pad",
  "pool",
  "pow",
  "prelu",
  "prod",
  "reciprocal",
  "relu",
  "relu6",
  "reshape",
  "reverse",
  "rfft",
  "round",
  "rsqrt",
  "selu",
  "separableConv2d",
  "sigmoid",
  "sign",
  "sin",
  "sinh",
  "slice",
  "softmax",
  "softplus",
  "spaceToBatchND",
  "split",
  "sqrt",
  "square",
  "squaredDifference",
  "squeeze",
  "step",
  "stridedSlice",
  "sub",
  "sum",
  "tan",
  "tanh",
  "tile",
  "topk",
  "transpose",
  "unique",
  "unsortedSegmentSum",
  "unstack",
  "zerosLike",
] as const;

type AnyFn = (...args: unknown[]) => unknown;
type TensorThis = Tf.Tensor & { throwIfDisposed(): void };

/**
 * Chained ops whose method differs from a direct call (reshapes by rank, casts by name, `concat` and
 * `stack` with the tensor first in the list, `where` with the tensor as its `a`, the resizes of
 * `tf.image`), given `tf`.
 */
function specialChainedOps(tf: typeof Tf): Record<string, (this: TensorThis, ...args: never[]) => Tf.Tensor | Tf.Tensor[]> {
  return {
    as1D() {
      return tf.reshape(this, [this.size]);
    },
    as2D(rows: number, columns: number) {
      return tf.reshape(this, [rows, columns]);
    },
    as3D(rows: number, columns: number, depth: number) {
      return tf.reshape(this, [rows, columns, depth]);
    },
    as4D(rows: number, columns: number, depth: number, depth2: number) {
      return tf.reshape(this, [rows, columns, depth, depth2]);
    },
    as5D(rows: number, columns: number, depth: number, depth2: number, depth3: number) {
      return tf.reshape(this, [rows, columns, depth, depth2, depth3]);
    },
    asScalar() {
      tf.util.assert(this.size === 1, () => "The array must have only 1 element.");
      return tf.reshape(this, []);
    },
    asType(dtype: Tf.DataType) {
      return tf.cast(this, dtype);
    },
    flatten() {
      return tf.reshape(this, [this.size]);
    },
    reshapeAs(x: Tf.Tensor) {
      return tf.reshape(this, x.shape);
    },
    toBool() {
      return tf.cast(this, "bool");
    },
    toFloat() {
      return tf.cast(this, "float32");
    },
    toInt() {
      return tf.cast(this, "int32");
    },
    concat(x: Tf.Tensor | Tf.Tensor[], axis?: number) {
      return tf.concat([this, ...(x instanceof tf.Tensor ? [x] : x)], axis);
    },
    stack(x: Tf.Tensor | Tf.Tensor[], axis?: number) {
      return tf.stack([this, ...(x instanceof tf.Tensor ? [x] : x)], axis);
    },
    where(condition: Tf.Tensor, x: Tf.Tensor) {
      return tf.where(condition, this, x);
    },
    resizeBilinear(newShape2D: [number, number], alignCorners?: boolean, halfPixelCenters?: boolean) {
      return tf.image.resizeBilinear(this as Tf.Tensor3D, newShape2D, alignCorners, halfPixelCenters);
    },
    resizeNearestNeighbor(newShape2D: [number, number], alignCorners?: boolean, halfFloatCenters?: boolean) {
      return tf.image.resizeNearestNeighbor(this as Tf.Tensor3D, newShape2D, alignCorners, halfFloatCenters);
    },
  };
}

/** Every chained op's name, as `registerChainedOps` adds them. */
export function chainedOpNames(tf: typeof Tf): string[] {
  return [...DIRECT_CHAINED_OPS, ...Object.keys(specialChainedOps(tf))].sort();
}

/**
 * Adds every chained op to `tf.Tensor.prototype` (and so to `tf.Variable`), each throwing tfjs's
 * "Tensor is disposed." on a disposed tensor. Idempotent: a method already there is left as it is.
 */
export function registerChainedOps(tf: typeof Tf): void {
  const proto = tf.Tensor.prototype as unknown as Record<string, unknown>;
  const ops = tf as unknown as Record<string, AnyFn>;
  const define = (name: string, method: (this: TensorThis, ...args: never[]) => unknown): void => {
    if (typeof proto[name] === "function") return;
    proto[name] = function (this: TensorThis, ...args: never[]) {
      this.throwIfDisposed();
      return method.apply(this, args);
    };
  };
  for (const name of DIRECT_CHAINED_OPS) {
    const op = ops[name];
    define(name, function (this: TensorThis, ...args: unknown[]) {
      return op(this, ...args);
    });
  }
  for (const [name, method] of Object.entries(specialChainedOps(tf))) define(name, method);
}
