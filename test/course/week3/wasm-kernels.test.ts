/**
 * The WebAssembly backend's replaced kernels: `OneHot` honours its dtype (the backend's own writes
 * int32 bits into float32 outputs), and `BatchMatMul` with transposed operands gives the products the
 * CPU backend gives, leaving no tensor and no backend data behind.
 */
import type { Tensor } from "@tensorflow/tfjs-core";
import { startTensorflow } from "../../../src/course/week3/tf-backend";
import { tf } from "../../../src/course/week3/tfjs";
import { RandomState } from "../../../src/random";

/** `make()`'s values on the CPU backend and on the WebAssembly backend (disposed after reading). */
async function onBoth(make: () => Tensor): Promise<{ cpu: Float32Array | Int32Array; wasm: Float32Array | Int32Array; dtype: string }> {
  await startTensorflow("cpu");
  const onCpu = make();
  const cpu = onCpu.dataSync() as Float32Array;
  onCpu.dispose();
  await startTensorflow("wasm");
  const onWasm = make();
  const wasm = onWasm.dataSync() as Float32Array;
  const dtype = onWasm.dtype;
  onWasm.dispose();
  return { cpu, wasm, dtype };
}

afterAll(async () => {
  await startTensorflow("cpu");
});

test("oneHot in float32 reads back ones, as on the CPU backend, for every on/off value and out-of-range index", async () => {
  const indices = [2, 0, 5, -1, 1];
  for (const [on, off] of [
    [1, 0],
    [0.5, -2],
  ]) {
    const { cpu, wasm, dtype } = await onBoth(() => tf.tidy(() => tf.oneHot(tf.tensor1d(indices, "int32"), 3, on, off, "float32")));
    expect(dtype).toBe("float32");
    expect(Array.from(wasm)).toEqual(Array.from(cpu));
  }
  const { cpu, wasm, dtype } = await onBoth(() => tf.tidy(() => tf.oneHot(tf.tensor2d([[1], [2]], [2, 1], "int32"), 4)));
  expect(dtype).toBe("int32");
  expect(Array.from(wasm)).toEqual(Array.from(cpu));
  expect(Array.from(cpu)).toEqual([0, 1, 0, 0, 0, 0, 1, 0]);
});

test("matMul with either operand transposed, and batched, equals the CPU backend's to float32 rounding", async () => {
  const rng = new RandomState(7);
  const A = rng.randn(25, 32);
  const B = rng.randn(784, 32);
  const C = rng.randn(25, 784);
  const batchA = [rng.randn(3, 4), rng.randn(3, 4)];
  const batchB = [rng.randn(5, 4), rng.randn(5, 4)];
  const products: (() => Tensor)[] = [
    () => tf.tidy(() => tf.matMul(tf.tensor2d(A), tf.tensor2d(B), false, true)),
    () => tf.tidy(() => tf.matMul(tf.tensor2d(C), tf.tensor2d(A), true, false)),
    () => tf.tidy(() => tf.matMul(tf.tensor2d(B), tf.tensor2d(C), true, true)),
    () => tf.tidy(() => tf.matMul(tf.tensor2d(C), tf.tensor2d(B))),
    () => tf.tidy(() => tf.matMul(tf.tensor3d(batchA), tf.tensor3d(batchB), false, true)),
  ];
  for (const make of products) {
    const { cpu, wasm } = await onBoth(make);
    expect(wasm.length).toBe(cpu.length);
    let worst = 0;
    for (let i = 0; i < cpu.length; i++) worst = Math.max(worst, Math.abs(wasm[i] - cpu[i]) / (1 + Math.abs(cpu[i])));
    // Sums of up to 784 float32 products, in another order: within 784 roundings of 6e-8.
    expect(worst).toBeLessThan(1e-4);
  }
});

test("a transposed product leaves no tensor and no backend data behind", async () => {
  await startTensorflow("wasm");
  const a = tf.tensor2d([
    [1, 2],
    [3, 4],
  ]);
  const tensors = tf.memory().numTensors;
  const data = tf.engine().backend.numDataIds();
  const product = tf.matMul(a, a, true, true);
  expect(Array.from(product.dataSync())).toEqual([7, 15, 10, 22]);
  product.dispose();
  expect(tf.memory().numTensors).toBe(tensors);
  expect(tf.engine().backend.numDataIds()).toBe(data);
  a.dispose();
});
