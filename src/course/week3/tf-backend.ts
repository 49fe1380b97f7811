/**
 * Which TensorFlow.js backend runs week 3: the WebAssembly backend (`@tensorflow/tfjs-backend-wasm`,
 * its SIMD build where the CPU has it, single-threaded: the sandbox allows no worker) when it starts,
 * the pure-JS CPU backend otherwise. The `.wasm` files are read from the installed package's `dist/`
 * folder, never fetched. `startTensorflow` is asynchronous (a WebAssembly module compiles before it
 * runs): whoever runs week-3 code awaits it first — the sandbox child before it loads a TensorFlow
 * module, the experiment child, the benchmark. Until then the CPU backend is in force, unless this
 * is what loads TensorFlow.js (`tfjs.ts`) to start another backend: then none is selected before it
 * (see `cpu-backend.ts`), and the CPU backend's package loads only on a fallback to it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { deferCpuSelection } from "./cpu-backend";
import { replaceWasmKernels } from "./wasm-kernels";

/** What `--tf-backend` and `GradeOptions.tensorflowBackend` accept: `auto` is wasm, falling back to the CPU. */
export type TensorflowBackendRequest = "auto" | "wasm" | "cpu";

/** The TensorFlow.js backend in force, as the result header names it. */
export interface TensorflowBackend {
  /** `wasm` (WebAssembly) or `cpu` (pure JavaScript). */
  name: "wasm" | "cpu";
  /** Whether the WebAssembly build in use has SIMD instructions (false on the CPU backend). */
  simd: boolean;
  /** Why the WebAssembly backend did not start, when `auto` fell back to the CPU. */
  fallback?: string;
}

/** The folder holding the WebAssembly backend's `.wasm` files (inside the installed npm package). */
export function wasmFolder(): string {
  return path.join(path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), path.sep);
}

let started: { key: string; backend: Promise<TensorflowBackend> } | undefined;

/** `TensorflowBackend` in words: "wasm (SIMD)", "wasm", "cpu", "cpu (wasm did not start: …)". */
export function backendText(backend: TensorflowBackend): string {
  if (backend.name === "wasm") return backend.simd ? "wasm (SIMD)" : "wasm";
  return backend.fallback ? `cpu (wasm did not start: ${backend.fallback})` : "cpu";
}

/** TensorFlow.js (`tfjs.ts`), loaded on first use: `startTensorflow` decides first whether it selects the CPU backend. */
function tensorflow(): typeof import("./tfjs").tf {
  return (require("./tfjs") as typeof import("./tfjs")).tf;
}

async function start(request: TensorflowBackendRequest, folder: string): Promise<TensorflowBackend> {
  const tf = tensorflow();
  if (request === "cpu") {
    await tf.setBackend("cpu");
    return { name: "cpu", simd: false };
  }
  let reason: string;
  try {
    const wasm = require("@tensorflow/tfjs-backend-wasm") as typeof import("@tensorflow/tfjs-backend-wasm");
    // Node has no shared-memory threads here (the sandbox forbids workers): the single-threaded builds.
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    const simd = (await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT")) === true;
    const file = path.join(folder, simd ? "tfjs-backend-wasm-simd.wasm" : "tfjs-backend-wasm.wasm");
    fs.accessSync(file, fs.constants.R_OK);
    wasm.setWasmPaths(folder);
    replaceWasmKernels(tf);
    if (await tf.setBackend("wasm")) return { name: "wasm", simd };
    reason = "the backend failed to initialise";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === "ENOENT" || code === "EACCES") reason = `cannot read ${(error as NodeJS.ErrnoException).path ?? "its .wasm file"} (${code})`;
    else reason = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  }
  if (request === "wasm") throw new Error(`the TensorFlow.js WebAssembly backend did not start: ${reason}`);
  await tf.setBackend("cpu");
  return { name: "cpu", simd: false, fallback: reason.split("\n")[0].slice(0, 300) };
}

/**
 * Selects the backend: `auto` (the default) the WebAssembly backend, or the CPU backend with the
 * reason when it cannot start; `wasm` the WebAssembly backend or an error; `cpu` the CPU backend.
 * Asked again with the same request, it returns the first outcome. `folder` (tests) replaces the
 * `.wasm` files' folder.
 */
export function startTensorflow(request: TensorflowBackendRequest = "auto", folder: string = wasmFolder()): Promise<TensorflowBackend> {
  const key = `${request}\0${folder}`;
  // Without effect once TensorFlow.js is loaded: whoever loaded it first has the CPU backend selected.
  if (!started && request !== "cpu") deferCpuSelection();
  if (started?.key !== key) {
    const previous = started?.backend.catch(() => undefined);
    started = { key, backend: (previous ?? Promise.resolve()).then(() => start(request, folder)) };
  }
  return started.backend;
}
