/**
 * The Glorot-normal statistics: correct initializers pass whatever their seed (both conventions),
 * wrong ones fail with the problem named.
 */
import type { Tensor } from "@tensorflow/tfjs-core";
import { initializers } from "@tensorflow/tfjs-layers";
import { tf } from "../../../src/course/week3/tfjs";
import {
  glorotProblems,
  glorotStd,
  kurtosisBand,
  moments,
  pooledKurtosis,
  stdRatioBand,
  TRUNCATED_STD,
  type NamedParameter,
} from "../../../src/grading/checks/glorot-statistics";

function draw(layerDims: number[], sample: (shape: [number, number]) => Tensor): NamedParameter[] {
  const out: NamedParameter[] = [];
  for (let l = 1; l < layerDims.length; l++) {
    for (const [name, shape] of [
      [`W${l}`, [layerDims[l], layerDims[l - 1]]],
      [`b${l}`, [layerDims[l], 1]],
    ] as const) {
      const t = sample([...shape]);
      out.push({ name, shape: [...shape], data: t.dataSync().slice() });
      t.dispose();
    }
  }
  return out;
}

test("σ and the bands", () => {
  expect(glorotStd([25, 120])).toBeCloseTo(Math.sqrt(2 / 145), 15);
  const [low, high] = stdRatioBand(5000);
  expect(low).toBeCloseTo(TRUNCATED_STD * (1 - 0.04), 12);
  expect(high).toBeCloseTo(1.04, 12);
  expect(kurtosisBand(24 * 1600)).toEqual([expect.closeTo(2.3655 - 0.1, 3), expect.closeTo(3.1, 12)]);
  expect(moments([1, 3])).toEqual({ mean: 2, std: 1 });
});

test.each([
  ["tfjs-layers glorotNormal (truncated, 0.88σ)", (seed: number) => (shape: [number, number]) => initializers.glorotNormal({ seed }).apply(shape)],
  [
    "Keras GlorotNormal (truncated, rescaled to σ)",
    (seed: number) => (shape: [number, number]) => tf.truncatedNormal(shape, 0, glorotStd(shape) / TRUNCATED_STD, "float32", seed),
  ],
  ["a plain normal of σ", (seed: number) => (shape: [number, number]) => tf.randomNormal(shape, 0, glorotStd(shape), "float32", seed)],
])("%s passes for 40 seeds, small and large nets", (_name, initializer) => {
  for (let seed = 100; seed < 140; seed++) {
    for (const dims of [
      [12, 25, 12, 6],
      [60, 40, 20, 6],
    ]) {
      expect({ seed, dims, problems: glorotProblems(draw(dims, initializer(seed))) }).toEqual({ seed, dims, problems: [] });
    }
  }
});

test("the shape of the distribution is judged only from 2000 values on", () => {
  const uniformSmall = draw([12, 25, 12, 6], (shape) => initializers.glorotUniform({ seed: 3 }).apply(shape));
  expect(pooledKurtosis(uniformSmall)).toBeUndefined();
  const uniformLarge = draw([60, 40, 20, 6], (shape) => initializers.glorotUniform({ seed: 3 }).apply(shape));
  expect(pooledKurtosis(uniformLarge)?.kurtosis).toBeCloseTo(1.8, 1);
  expect(glorotProblems(uniformLarge)).toEqual([expect.stringMatching(/^the values are flatter than a normal/)]);
});

test("a scale off by 20 %, a shifted mean and heavy tails are named", () => {
  const scaled = draw([60, 40, 20, 6], (shape) => tf.randomNormal(shape, 0, 1.2 * glorotStd(shape), "float32", 4));
  expect(glorotProblems(scaled).map((p) => p.split(" ")[0])).toEqual(expect.arrayContaining(["W1", "W2"]));
  const shifted = draw([60, 40, 20, 6], (shape) => tf.randomNormal(shape, 0.3 * glorotStd(shape), glorotStd(shape), "float32", 4));
  expect(glorotProblems(shifted)).toEqual(expect.arrayContaining([expect.stringMatching(/^W1 has mean 0\.\d+ × sqrt/)]));
  // A Student-t-like mixture: mostly narrow, sometimes wide; same overall variance scale.
  const heavy = draw([60, 40, 20, 6], (shape) =>
    tf.tidy(() =>
      tf.mul(tf.randomNormal(shape, 0, glorotStd(shape), "float32", 5), tf.where(tf.greater(tf.randomUniform(shape, 0, 1, "float32", 6), 0.9), 2.2, 0.75)),
    ),
  );
  expect(glorotProblems(heavy)).toContainEqual(expect.stringMatching(/^the values are heavier-tailed than a normal/));
});
