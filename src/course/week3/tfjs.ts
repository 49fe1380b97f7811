/**
 * TensorFlow.js as week 3 uses it: `@tensorflow/tfjs-core` (the native Node backend downloads a
 * binary and cannot be installed). Importing this module, once:
 * - registers the CPU backend (its package loads on first use, `cpu-backend.ts`) and selects it (a
 *   synchronous backend: no `await` is needed); the faster WebAssembly backend is selected by
 *   `startTensorflow` (`tf-backend.ts`), which the sandbox, the experiment and the benchmark await
 *   before any week-3 code runs. Loaded by `startTensorflow` itself, it leaves the CPU backend
 *   unselected (and so its package unloaded) for that call to select the WebAssembly backend;
 * - registers the gradient of every op: tfjs-core's bundles (its Node build, and the minified build the
 *   sandbox loads) register none, and those of `@tensorflow/tfjs-layers` (which also holds the Glorot
 *   initializers) register them all on load;
 * - registers the chained ops (`W.matMul(X).add(b)`), which both bundles leave out;
 * - silences tfjs's console warnings, among them the banner that advises the native backend.
 *
 * Students import `@tensorflow/tfjs-core` (and `@tensorflow/tfjs-layers` for `initializers`) as usual;
 * they resolve to the same modules.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-layers";
// The chained ops' types (tfjs-core declares them in files that its Node bundle does not load).
import type {} from "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops";
import { registerChainedOps } from "./chained-ops";
import { cpuSelectionDeferred, registerCpuBackend } from "./cpu-backend";

tf.env().set("PROD", true);
registerChainedOps(tf);
registerCpuBackend(tf);
// The CPU backend initialises synchronously, so the returned promise is already settled.
if (!cpuSelectionDeferred()) void tf.setBackend("cpu");

export { tf };
