import { RandomState } from "../../src/random";

/** `rand(rows, cols) < threshold` as 0/1, the plain way: the uniforms, then one comparison each. */
function plain(seed: number, rows: number, cols: number, threshold: number): number[][] {
  return new RandomState(seed).rand(rows, cols).map((row) => row.map((u) => (u < threshold ? 1 : 0)));
}

test("randLess is rand(rows, cols) < threshold, for thresholds in and outside [0, 1]", () => {
  for (const threshold of [0.86, 0.5, 0, 1, -0, 2 ** -60, 1 - 2 ** -53, -0.5, 1.5, Infinity, -Infinity, NaN]) {
    expect(new RandomState(1).randLess(20, 211, threshold)).toEqual(plain(1, 20, 211, threshold));
  }
});

test("randLess draws the words rand draws: a mask across a twist, then the same next values", () => {
  // 700 doubles take 1400 words: two twists, and 1 of the odd counts below straddles a block's end.
  for (const [rows, cols] of [
    [7, 100],
    [1, 311],
    [3, 313],
    [0, 5],
    [4, 0],
  ] as const) {
    const a = new RandomState(5);
    const b = new RandomState(5);
    expect(a.randLess(rows, cols, 0.3)).toEqual(plain(5, rows, cols, 0.3));
    b.rand(rows, cols);
    expect(a.rand(3)).toEqual(b.rand(3));
  }
});

test("randLess is strict where the first word alone cannot decide: a threshold equal to a draw drops it", () => {
  const draws = new RandomState(3).rand(1, 50)[0];
  for (const u of draws) {
    // floor(u·2^27) is u's first word: the second word decides, and u < u is false.
    const mask = new RandomState(3).randLess(1, 50, u)[0];
    expect(mask).toEqual(draws.map((v) => (v < u ? 1 : 0)));
    expect(mask[draws.indexOf(u)]).toBe(0);
    const above = u + 2 ** -53; // the next double up keeps u
    expect(new RandomState(3).randLess(1, 50, above)[0]).toEqual(draws.map((v) => (v < above ? 1 : 0)));
  }
});

test("randLess checks its arguments", () => {
  const rng = new RandomState(0);
  expect(() => rng.randLess(-1, 2, 0.5)).toThrow(RangeError);
  expect(() => rng.randLess(2, 1.5, 0.5)).toThrow(RangeError);
  expect(() => rng.randLess(2, 2, "0.5" as unknown as number)).toThrow(TypeError);
});
