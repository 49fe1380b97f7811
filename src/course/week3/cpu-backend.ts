/**
 * TensorFlow.js's CPU backend (`@tensorflow/tfjs-backend-cpu`), registered so that its package loads
 * when the backend is first initialised instead of on import: a process whose first backend is the
 * WebAssembly one (the sandbox child, the experiment child) loads it only if it ever switches to the
 * CPU. `tfjs.ts` registers it and selects it at once, unless `startTensorflow` asked first for the
 * WebAssembly backend (`deferCpuSelection`), which it then selects itself.
 */
import type * as Tf from "@tensorflow/tfjs-core";

let deferred = false;

/** Leaves the CPU backend unselected when `tfjs.ts` loads after this call (its process starts with another backend). */
export function deferCpuSelection(): void {
  deferred = true;
}

/** Whether `tfjs.ts`, loading now, leaves the CPU backend unselected (see `deferCpuSelection`). */
export function cpuSelectionDeferred(): boolean {
  return deferred;
}

/**
 * Registers the CPU backend with the priority its package gives it; the package (its kernels, the
 * backend's class) loads when the backend is first initialised. Loaded later, the package's own
 * registration finds this one and keeps it (tfjs's warning about that is silenced with the others).
 */
export function registerCpuBackend(tf: typeof Tf): void {
  tf.registerBackend(
    "cpu",
    () => {
      const cpu = require("@tensorflow/tfjs-backend-cpu") as typeof import("@tensorflow/tfjs-backend-cpu");
      return new cpu.MathBackendCPU();
    },
    1,
  );
}
