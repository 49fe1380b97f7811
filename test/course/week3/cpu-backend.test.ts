/**
 * The CPU backend's package loads when the backend is first initialised: importing `tfjs.ts` selects
 * it at once, as before; a process whose first step is `startTensorflow` for the WebAssembly backend
 * never loads it, and can still switch to it (each in a fresh Node: a backend's start is per process).
 */
import { inFreshNode } from "./fresh-node";

const CPU_LOADED = `Object.keys(require.cache).some((k) => k.includes("tfjs-backend-cpu"))`;

test("importing tfjs selects the CPU backend at once, its package loaded", () => {
  const outcome = inFreshNode(`
    const { tf } = require("./src/course/week3/tfjs.ts");
    console.log(JSON.stringify({ in: tf.getBackend(), loaded: ${CPU_LOADED}, sum: tf.sum(tf.tensor1d([1, 2])).dataSync()[0] }));
  `);
  expect(outcome).toEqual({ in: "cpu", loaded: true, sum: 3 });
});

test("starting the WebAssembly backend first leaves the CPU backend's package unloaded until a switch to it", () => {
  const outcome = inFreshNode(`
    const { startTensorflow } = require("./src/course/week3/tf-backend.ts");
    startTensorflow("auto").then(async (b) => {
      const { tf } = require("./src/course/week3/tfjs.ts");
      const before = { b, in: tf.getBackend(), loaded: ${CPU_LOADED}, sum: tf.sum(tf.tensor1d([1, 2, 3.5])).dataSync()[0] };
      const switched = await tf.setBackend("cpu");
      const after = { switched, in: tf.getBackend(), loaded: ${CPU_LOADED}, sum: tf.sum(tf.tensor1d([1, 2])).dataSync()[0] };
      console.log(JSON.stringify({ before, after }));
    });
  `);
  expect(outcome).toEqual({
    before: { b: { name: "wasm", simd: true }, in: "wasm", loaded: false, sum: 6.5 },
    after: { switched: true, in: "cpu", loaded: true, sum: 3 },
  });
});
