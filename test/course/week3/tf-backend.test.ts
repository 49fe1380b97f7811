/**
 * Starting TensorFlow.js's backend: WebAssembly (SIMD here) from the package's own `.wasm` files,
 * the CPU backend on request, and the CPU backend with the reason when the WebAssembly files cannot be
 * read (in a process of its own: a backend that failed to start stays failed in its process).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { backendText, startTensorflow, wasmFolder } from "../../../src/course/week3/tf-backend";
import { tf } from "../../../src/course/week3/tfjs";
import { inFreshNode } from "./fresh-node";

const ROOT = path.join(__dirname, "..", "..", "..");

afterAll(async () => {
  await startTensorflow("cpu");
});

test("the .wasm files are read from the installed package, nothing is fetched", () => {
  const folder = wasmFolder();
  expect(folder.startsWith(path.join(ROOT, "node_modules", "@tensorflow", "tfjs-backend-wasm"))).toBe(true);
  for (const file of ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm"]) expect(fs.statSync(path.join(folder, file)).size).toBeGreaterThan(100_000);
});

test("auto starts the WebAssembly backend (its SIMD build on this CPU); cpu and wasm switch between them", async () => {
  const auto = await startTensorflow();
  expect(auto).toEqual({ name: "wasm", simd: true });
  expect(backendText(auto)).toBe("wasm (SIMD)");
  expect(tf.getBackend()).toBe("wasm");
  expect(await startTensorflow()).toBe(auto);
  expect(await startTensorflow("cpu")).toEqual({ name: "cpu", simd: false });
  expect(tf.getBackend()).toBe("cpu");
  expect(await startTensorflow("wasm")).toEqual({ name: "wasm", simd: true });
  expect(tf.getBackend()).toBe("wasm");
  const sum = tf.tidy(() => tf.sum(tf.tensor1d([1, 2, 3.5])).dataSync()[0]);
  expect(sum).toBe(6.5);
});

test("auto falls back to the CPU backend, saying why, when the .wasm files cannot be read", () => {
  const outcome = inFreshNode(`
    const { startTensorflow, backendText } = require("./src/course/week3/tf-backend.ts");
    const { tf } = require("./src/course/week3/tfjs.ts");
    startTensorflow("auto", "/nonexistent/").then((b) => console.log(JSON.stringify({ b, text: backendText(b), in: tf.getBackend(), sum: tf.sum(tf.tensor1d([1, 2])).dataSync()[0] })));
  `);
  expect(outcome).toEqual({
    b: { name: "cpu", simd: false, fallback: "cannot read /nonexistent/tfjs-backend-wasm-simd.wasm (ENOENT)" },
    text: "cpu (wasm did not start: cannot read /nonexistent/tfjs-backend-wasm-simd.wasm (ENOENT))",
    in: "cpu",
    sum: 3,
  });
});

test("wasm, asked for explicitly, fails with the reason instead of falling back", () => {
  const outcome = inFreshNode(`
    const { startTensorflow } = require("./src/course/week3/tf-backend.ts");
    startTensorflow("wasm", "/nonexistent/").then(() => console.log("null"), (e) => console.log(JSON.stringify(e.message)));
  `);
  expect(outcome).toBe("the TensorFlow.js WebAssembly backend did not start: cannot read /nonexistent/tfjs-backend-wasm-simd.wasm (ENOENT)");
});
