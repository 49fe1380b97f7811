/**
 * Types for the untyped npm package `mersenne-twister` (1.1.0): Matsumoto and Nishimura's
 * MT19937 reference code in JavaScript. RandomState has its own, faster MT19937; the package is
 * the tests' independent oracle (test/random/mt19937-oracle.test.ts). Only the members used are declared.
 */
declare module "mersenne-twister" {
  class MersenneTwister {
    /**
     * Seeds with `init_seed(seed)` (MT19937 `init_genrand`); an array seed uses
     * `init_by_array`. Without a seed the package seeds from the clock, so always pass one.
     */
    constructor(seed?: number | number[]);

    /**
     * MT19937 `init_genrand(s)`: `mt[0] = s >>> 0`, `mt[i] = 1812433253·(mt[i−1] ^ (mt[i−1] >>> 30)) + i`,
     * so the next draw twists the whole block. Same as numpy's legacy `seed(int)`, seed 0 included.
     */
    init_seed(s: number): void;

    /** MT19937 `init_by_array` (not numpy's legacy integer seeding). */
    init_by_array(initKey: number[], keyLength: number): void;

    /** The next tempered 32-bit output (`genrand_int32`), an integer in [0, 2^32). */
    random_int(): number;

    /** `genrand_res53`: a 53-bit double in [0, 1) from two draws. */
    random_long(): number;
  }
  export = MersenneTwister;
}
