import * as fs from "node:fs";
import * as path from "node:path";
import { loadRegularizationData, makeWavyBoundary } from "../../src/datasets";
import { RandomState } from "../../src/random";

// numpy's RandomState running the same algorithm: test/data/regularization-training.py.
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "regularization-training.json"), "utf8")).data;

test("loadRegularizationData equals numpy's, point for point and label for label", () => {
  const data = loadRegularizationData();
  expect(data.trainX).toEqual(numpy.trainX);
  expect(data.trainY).toEqual(numpy.trainY);
  expect(data.testX).toEqual(numpy.testX);
  expect(data.testY).toEqual(numpy.testY);
});

test("211 training and 200 test points in the course layout, two classes, on the field [−0.75, 0.6) × [−0.75, 0.65)", () => {
  const { trainX, trainY, testX, testY } = loadRegularizationData();
  expect([trainX.length, trainX[0].length, trainY.length, trainY[0].length]).toEqual([2, 211, 1, 211]);
  expect([testX.length, testX[0].length, testY.length, testY[0].length]).toEqual([2, 200, 1, 200]);
  for (const Y of [trainY, testY]) expect(new Set(Y[0])).toEqual(new Set([0, 1]));
  for (const x of [...trainX[0], ...testX[0]]) expect(x >= -0.75 && x < 0.6).toBe(true);
  for (const x of [...trainX[1], ...testX[1]]) expect(x >= -0.75 && x < 0.65).toBe(true);
});

test("labels follow the wavy boundary, with noise only near it or rarely", () => {
  const { X, Y } = makeWavyBoundary(2000, new RandomState(7));
  let far = 0;
  let farWrong = 0;
  for (let k = 0; k < 2000; k++) {
    const f = X[1][k] - (0.15 * Math.sin(4 * X[0][k]) + 0.3 * X[0][k]);
    if (Math.abs(f) > 0.2) {
      far++;
      if ((f > 0 ? 1 : 0) !== Y[0][k]) farWrong++;
    }
  }
  // Far from the boundary only the 2% base noise flips labels.
  expect(farWrong / far).toBeGreaterThan(0.005);
  expect(farWrong / far).toBeLessThan(0.04);
});

test("deterministic from the seed, fresh arrays on every call; bad arguments are named", () => {
  expect(makeWavyBoundary(5, new RandomState(3))).toEqual(makeWavyBoundary(5, new RandomState(3)));
  expect(makeWavyBoundary(5, new RandomState(3))).not.toEqual(makeWavyBoundary(5, new RandomState(4)));
  const a = loadRegularizationData();
  a.trainX[0][0] = 99;
  expect(loadRegularizationData().trainX[0][0]).not.toBe(99);
  expect(makeWavyBoundary(0, new RandomState(1))).toEqual({ X: [[], []], Y: [[]] });
  expect(() => makeWavyBoundary(-1, new RandomState(1))).toThrow("makeWavyBoundary: n must be a non-negative integer, got -1");
  expect(() => makeWavyBoundary(3, 1 as never)).toThrow(/makeWavyBoundary: rng must be a RandomState/);
});
