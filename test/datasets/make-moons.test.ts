import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeMoons } from "../../src/datasets";
import { RandomState } from "../../src/random";

const data = JSON.parse(readFileSync(join(__dirname, "..", "data", "numpy-datasets.json"), "utf8"));

describe("makeMoons", () => {
  test("odd n without noise matches numpy bit for bit (seed 5)", () => {
    // noise 0 still draws the normals (0·gauss), so this also checks the stream is consumed.
    const expected = data.extra["moons(9, noise 0) seed 5"];
    expect(makeMoons(9, 0, new RandomState(5))).toEqual(expected);
  });

  test("noise 0: class 0 on the upper unit half circle, class 1 on the lower one shifted by (1, 0.5)", () => {
    const { X, Y } = makeMoons(12, 0, new RandomState(2));
    Y[0].forEach((y, i) => {
      const [cx, cy] = y === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(X[0][i] - cx, X[1][i] - cy)).toBeCloseTo(1, 14);
      expect(y === 0 ? X[1][i] >= 0 : X[1][i] <= 0.5).toBe(true);
    });
    expect(Y[0].filter((y) => y === 1)).toHaveLength(6);
  });

  test("the half-circle endpoints are included (linspace with endpoint)", () => {
    const xs = makeMoons(4, 0, new RandomState(0)).X[0];
    expect([...xs].sort((a, b) => a - b)).toEqual([-1, 0, 1, 2]);
  });

  test("bad arguments name the function", () => {
    expect(() => makeMoons(1.5, 0.2, new RandomState(1))).toThrow(new RangeError("makeMoons: nSamples must be a non-negative integer, got 1.5"));
    expect(() => makeMoons(10, NaN, new RandomState(1))).toThrow(new RangeError("makeMoons: noise must be a non-negative number, got NaN"));
  });
});
