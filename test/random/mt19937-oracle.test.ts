import MersenneTwister from "mersenne-twister";
import { RandomState } from "../../src/random";

/**
 * RandomState's own MT19937 (a Uint32Array state, block twist, inlined tempering) against an
 * independent implementation: the npm package `mersenne-twister` (Matsumoto and Nishimura's reference
 * code in JavaScript), which seeds with the same `init_genrand` as numpy's legacy `seed(int)`.
 * Raw words must be equal, and so must every bulk path (`rand`, `randn`, `normal`) to its one-at-a-time
 * definition, across block boundaries (every 624 words) and at either parity of the stream position.
 */

const SEEDS = [0, 1, 3, 42, 5489, 19650218, 1234567890, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2, 2 ** 32 - 1];
const DRAWS = 624 * 4 + 7; // several full twists, ending mid-block

describe("raw next32 equals the mersenne-twister package", () => {
  test.each(SEEDS)("seed %i, %#: %s", (seed) => {
    const rng = new RandomState(seed);
    const oracle = new MersenneTwister(seed);
    for (let k = 0; k < DRAWS; k++) {
      const got = rng.next32();
      const want = oracle.random_int();
      if (got !== want) throw new Error(`seed ${seed}, draw ${k}: next32() = ${got}, oracle ${want}`);
    }
  });

  test("reseeding restarts the stream (init_genrand, then a full twist), seed 0 and 2^32 − 1 included", () => {
    const rng = new RandomState(7);
    for (let k = 0; k < 1000; k++) rng.next32(); // leave the position mid-block
    for (const seed of [0, 2 ** 32 - 1, 7]) {
      rng.seed(seed);
      const oracle = new MersenneTwister(seed);
      for (let k = 0; k < 624 * 3 + 1; k++) expect(rng.next32()).toBe(oracle.random_int());
    }
  });
});

describe("doubles equal the package's genrand_res53 ((a·2^26 + b) / 2^53)", () => {
  test.each(SEEDS)("seed %i: randomDouble", (seed) => {
    const rng = new RandomState(seed);
    const oracle = new MersenneTwister(seed);
    for (let k = 0; k < DRAWS; k++) expect(rng.randomDouble()).toBe(oracle.random_long());
  });

  test.each([0, 1, 2 ** 32 - 1])("seed %i: rand(rows, cols) in row-major order, at an even and an odd position", (seed) => {
    for (const skip of [0, 1]) {
      const rng = new RandomState(seed);
      const oracle = new MersenneTwister(seed);
      for (let k = 0; k < skip; k++) expect(rng.next32()).toBe(oracle.random_int());
      // 23 × 211 doubles (the dropout masks of the course's net): 9706 words, many block boundaries,
      // and at an odd position a double's two words straddle each boundary.
      const u = rng.rand(23, 211);
      expect(u).toHaveLength(23);
      for (const row of u) {
        expect(row).toHaveLength(211);
        for (const x of row) if (x !== oracle.random_long()) throw new Error(`seed ${seed}, skip ${skip}: rand differs`);
      }
      expect(rng.rand(700)).toEqual(Array.from({ length: 700 }, () => oracle.random_long()));
      expect(rng.rand()).toBe(oracle.random_long());
      expect(rng.next32()).toBe(oracle.random_int());
    }
  });
});

describe("bulk normals equal one-at-a-time normals (same stream, same cache)", () => {
  test.each([0, 1, 3, 2 ** 32 - 1])("seed %i: randn(rows, cols) and normal(loc, scale, shape)", (seed) => {
    const bulk = new RandomState(seed);
    const single = new RandomState(seed);
    const one = () => single.randn();
    bulk.randn(); // leave a value cached, so the bulk call starts from the cache
    one();
    const z = bulk.randn(20, 211);
    z.forEach((row) => row.forEach((x) => expect(Object.is(x, one())).toBe(true)));
    expect(bulk.randn(333)).toEqual(Array.from({ length: 333 }, one));
    bulk.next32();
    single.next32();
    const n = bulk.normal(-1.5, 0.25, [7, 9]);
    n.forEach((row) => row.forEach((x) => expect(x).toBe(-1.5 + 0.25 * one())));
    expect(bulk.normal(2, 3, 5)).toEqual(Array.from({ length: 5 }, () => 2 + 3 * one()));
    expect(bulk.rand(3)).toEqual(single.rand(3));
    expect(bulk.randn()).toBe(single.randn());
  });
});

describe("the stream does not depend on globals patched after load", () => {
  test("replacing Math.imul, Math.log, Math.sqrt and Uint32Array changes nothing", () => {
    const expected = new RandomState(11);
    const want = { raw: expected.next32(), u: expected.rand(3, 4), z: expected.randn(5) };
    const saved = { imul: Math.imul, log: Math.log, sqrt: Math.sqrt, U32: globalThis.Uint32Array };
    try {
      Math.imul = () => 0;
      Math.log = () => 0;
      Math.sqrt = () => 0;
      (globalThis as { Uint32Array: unknown }).Uint32Array = Float64Array;
      const rng = new RandomState(11);
      expect({ raw: rng.next32(), u: rng.rand(3, 4), z: rng.randn(5) }).toEqual(want);
    } finally {
      Math.imul = saved.imul;
      Math.log = saved.log;
      Math.sqrt = saved.sqrt;
      globalThis.Uint32Array = saved.U32;
    }
  });
});
