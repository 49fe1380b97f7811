/**
 * Two kernels of the WebAssembly backend (tfjs-backend-wasm 4.22) replaced, for week 3:
 * - `OneHot`, done in JavaScript: the backend's own writes int32 bits whatever the dtype asked for, so
 *   `tf.oneHot(i, C, 1, 0, "float32")` reads back 1.4e-45 instead of 1. This one fills the output as the
 *   CPU backend does: `offValue` everywhere, `onValue` at each index within `[0, depth)`.
 * - `BatchMatMul` with a transposed operand (`tf.matMul(a, b, false, true)`, as every gradient of a
 *   product asks): the backend's transposed path is about 8× slower than transposing first and
 *   multiplying plainly, so the operand is transposed by the backend's `Transpose` and the backend's
 *   own kernel multiplies. The products are the same; only the order of the float32 sums may differ.
 */
import type * as Tf from "@tensorflow/tfjs-core";

/** What the kernels need of the WebAssembly backend (`BackendWasm`). */
interface WasmBackendLike {
  readSync(dataId: object): ArrayLike<number>;
  makeOutput(shape: number[], dtype: Tf.DataType, memoryOffset?: number, values?: Tf.TypedArray): Tf.TensorInfo;
  disposeData(dataId: object): boolean;
}

type KernelFunc = (params: { inputs: Tf.NamedTensorInfoMap; attrs?: Tf.NamedAttrMap; backend: unknown }) => Tf.TensorInfo | Tf.TensorInfo[];

/** Replaces the backend's `OneHot` kernel with one that honours the dtype. */
function replaceOneHot(tf: typeof Tf, backendName: string): void {
  if (tf.getKernel("OneHot", backendName)) tf.unregisterKernel("OneHot", backendName);
  tf.registerKernel({
    kernelName: "OneHot",
    backendName,
    kernelFunc: ({ inputs, attrs, backend }) => {
      const { indices } = inputs as { indices: Tf.TensorInfo };
      const { depth, onValue, offValue, dtype } = attrs as unknown as { depth: number; onValue: number; offValue: number; dtype: Tf.DataType };
      const wasm = backend as unknown as WasmBackendLike;
      const at = wasm.readSync(indices.dataId);
      const values = tf.util.getTypedArrayFromDType(dtype as "float32", at.length * depth);
      values.fill(offValue);
      for (let i = 0; i < at.length; i++) if (at[i] >= 0 && at[i] < depth) values[i * depth + at[i]] = onValue;
      return wasm.makeOutput([...indices.shape, depth], dtype, undefined, values);
    },
  });
}

/** Replaces the backend's `BatchMatMul` kernel with one that transposes a transposed operand first. */
function replaceBatchMatMul(tf: typeof Tf, backendName: string): void {
  const own = tf.getKernel("BatchMatMul", backendName);
  const transposeKernel = tf.getKernel("Transpose", backendName);
  if (!own || !transposeKernel) return;
  const multiply = own.kernelFunc as unknown as KernelFunc;
  const transposeFunc = transposeKernel.kernelFunc as unknown as KernelFunc;
  tf.unregisterKernel("BatchMatMul", backendName);
  tf.registerKernel({
    ...own,
    kernelFunc: ({ inputs, attrs, backend }) => {
      const { a, b } = inputs as { a: Tf.TensorInfo; b: Tf.TensorInfo };
      const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
      if (!transposeA && !transposeB) return multiply({ inputs, attrs, backend });
      const made: Tf.TensorInfo[] = [];
      const transposed = (x: Tf.TensorInfo): Tf.TensorInfo => {
        const perm = x.shape.map((_, i) => i);
        [perm[perm.length - 2], perm[perm.length - 1]] = [perm[perm.length - 1], perm[perm.length - 2]];
        const out = transposeFunc({ inputs: { x }, attrs: { perm }, backend }) as Tf.TensorInfo;
        made.push(out);
        return out;
      };
      try {
        const plain = { a: transposeA ? transposed(a) : a, b: transposeB ? transposed(b) : b };
        return multiply({ inputs: plain, attrs: { ...attrs, transposeA: false, transposeB: false }, backend });
      } finally {
        for (const t of made) (backend as WasmBackendLike).disposeData(t.dataId);
      }
    },
  });
}

/** Replaces the WebAssembly backend's `OneHot` and `BatchMatMul` kernels (registered under `backendName`). */
export function replaceWasmKernels(tf: typeof Tf, backendName = "wasm"): void {
  replaceOneHot(tf, backendName);
  replaceBatchMatMul(tf, backendName);
}
