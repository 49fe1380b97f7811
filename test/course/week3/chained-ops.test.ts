/**
 * The chained ops (`W.matMul(X).add(b)`): every one that tfjs-core's full build defines is on
 * `Tensor.prototype` (and so on `Variable`), each computes what the functional op computes, and a
 * disposed tensor throws as tfjs does.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Tensor, Tensor2D } from "@tensorflow/tfjs-core";
import { chainedOpNames, DIRECT_CHAINED_OPS, registerChainedOps } from "../../../src/course/week3/chained-ops";
import { tf } from "../../../src/course/week3/tfjs";

/** The method names tfjs-core's own chained-op files define (`getGlobalTensorClass().prototype.NAME = …`). */
function tfjsChainedOps(): string[] {
  const dir = path.join(path.dirname(require.resolve("@tensorflow/tfjs-core/package.json")), "dist", "public", "chained_ops");
  const names = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    for (const match of fs.readFileSync(path.join(dir, file), "utf8").matchAll(/getGlobalTensorClass\(\)\.prototype\.(\w+) =/g)) names.add(match[1]);
  }
  return [...names].sort();
}

const values = (t: Tensor | Tensor[]) => (Array.isArray(t) ? t.map((x) => Array.from(x.dataSync())) : Array.from(t.dataSync()));

test("every chained op of tfjs-core's full build is registered, and no other", () => {
  const expected = tfjsChainedOps();
  expect(expected.length).toBeGreaterThan(130);
  expect(chainedOpNames(tf)).toEqual(expected);
  const proto = tf.Tensor.prototype as unknown as Record<string, unknown>;
  for (const name of expected) expect(typeof proto[name]).toBe("function");
  for (const name of DIRECT_CHAINED_OPS) expect(typeof (tf as unknown as Record<string, unknown>)[name]).toBe("function");
});

test("W.matMul(X).add(b).relu() computes what the functional form computes, on tensors and variables", () => {
  tf.tidy(() => {
    const W = tf.variable(
      tf.tensor2d([
        [1, -2, 3],
        [0.5, 4, -1],
      ]),
    );
    const X = tf.tensor2d([[1], [2], [-3]]);
    const b = tf.tensor2d([[0.25], [-0.5]]);
    expect(values(W.matMul(X).add(b).relu())).toEqual(values(tf.relu(tf.add(tf.matMul(W, X), b))));
    expect(values(W.matMul(W, false, true))).toEqual(values(tf.matMul(W, W, false, true)));
    expect(values(X.transpose().sum(1, true))).toEqual([0]);
    W.dispose();
  });
});

test("the ops that are not a direct call: reshapes, casts, concat, stack, where", () => {
  tf.tidy(() => {
    const x = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const y = tf.tensor2d([
      [5, 6],
      [7, 8],
    ]);
    expect(x.flatten().shape).toEqual([4]);
    expect(x.as1D().shape).toEqual([4]);
    expect(x.flatten().as2D(1, 4).shape).toEqual([1, 4]);
    expect(tf.tensor1d([7]).asScalar().shape).toEqual([]);
    expect(() => x.asScalar()).toThrow("The array must have only 1 element.");
    expect(x.reshapeAs(tf.zeros([4, 1])).shape).toEqual([4, 1]);
    expect(x.toInt().dtype).toBe("int32");
    expect(x.toInt().toFloat().dtype).toBe("float32");
    expect(x.toBool().dtype).toBe("bool");
    expect(x.asType("int32").dtype).toBe("int32");
    expect(values(x.concat(y))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(values(x.concat([y, x], 1))).toEqual(values(tf.concat([x, y, x], 1)));
    expect(x.stack(y).shape).toEqual([2, 2, 2]);
    expect(values(x.stack([y, x], 1))).toEqual(values(tf.stack([x, y, x], 1)));
    const condition = tf.tensor2d([
      [true, false],
      [false, true],
    ]);
    expect(values(x.where(condition, y))).toEqual([1, 6, 7, 4]);
    expect(values(tf.tensor1d([2, 0], "int32").oneHot(3, 1, 0))).toEqual([0, 0, 1, 1, 0, 0]);
  });
});

test("a disposed tensor's chained op throws tfjs's own message", () => {
  const x = tf.tensor1d([1, 2]);
  x.dispose();
  expect(() => x.add(1)).toThrow("Tensor is disposed.");
  expect(() => x.flatten()).toThrow("Tensor is disposed.");
});

test("registering again changes nothing", () => {
  const before = (tf.Tensor.prototype as unknown as Record<string, unknown>).matMul;
  registerChainedOps(tf);
  expect((tf.Tensor.prototype as unknown as Record<string, unknown>).matMul).toBe(before);
  const product = tf.tidy(() => (tf.eye(2) as Tensor2D).matMul(tf.tensor2d([[1], [2]])).dataSync());
  expect(Array.from(product)).toEqual([1, 2]);
});
