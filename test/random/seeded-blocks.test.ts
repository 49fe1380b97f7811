import { initGenrand, N, temper, twist } from "../../src/random/mt19937";
import { RandomState } from "../../src/random";
import { MAX_BLOCKS, MAX_SEEDS } from "../../src/random/seeded-blocks";

/** The first `count` raw outputs of MT19937 seeded with `seed`, computed from scratch (no remembered blocks). */
function rawStream(seed: number, count: number): number[] {
  const mt = new Uint32Array(N);
  initGenrand(mt, seed);
  const out: number[] = [];
  let i = N;
  while (out.length < count) {
    if (i >= N) {
      twist(mt);
      i = 0;
    }
    out.push(temper(mt[i++]) >>> 0);
  }
  return out;
}

function draws(rng: RandomState, count: number): number[] {
  return Array.from({ length: count }, () => rng.next32());
}

test("a seed's stream is the same when its blocks are first computed, then copied, past the blocks kept", () => {
  const count = (MAX_BLOCKS + 3) * N + 17;
  const expected = rawStream(9_876, count);
  expect(draws(new RandomState(9_876), count)).toEqual(expected);
  expect(draws(new RandomState(9_876), count)).toEqual(expected);
  const reseeded = new RandomState(2);
  reseeded.rand(5000);
  reseeded.seed(9_876);
  expect(draws(reseeded, count)).toEqual(expected);
});

test("generators of one seed at different places in its stream, and seeds dropped while in use, draw the right words", () => {
  const expected = rawStream(42, 6 * N);
  const ahead = new RandomState(42);
  expect(draws(ahead, 3 * N + 5)).toEqual(expected.slice(0, 3 * N + 5));
  // More seeds than are kept: 42's blocks are dropped, then made again from its start by `behind`.
  for (let s = 100; s < 100 + MAX_SEEDS + 2; s++) new RandomState(s).rand(2 * N);
  const behind = new RandomState(42);
  expect(draws(behind, N + 1)).toEqual(expected.slice(0, N + 1));
  expect(draws(ahead, 2 * N)).toEqual(expected.slice(3 * N + 5, 5 * N + 5));
  expect(draws(behind, 4 * N)).toEqual(expected.slice(N + 1, 5 * N + 1));
});

test("seed 0 and the largest seed, through rand and randn, match a generator that never reuses a block", () => {
  for (const seed of [0, 2 ** 32 - 1, 1]) {
    const first = new RandomState(seed);
    const u = first.rand(3, 700);
    const g = first.randn(2, 500);
    const again = new RandomState(seed);
    expect(again.rand(3, 700)).toEqual(u);
    expect(again.randn(2, 500)).toEqual(g);
    const words = rawStream(seed, 2);
    const fresh = new RandomState(seed);
    expect(fresh.next32()).toBe(words[0]);
  }
});
