/*
 * The first blocks of state a seed's MT19937 stream runs through, remembered. The course's functions
 * seed numpy inside themselves (`np.random.seed(1)` at the top of the dropout forward pass, `seed(3)`
 * in the initializers), so a training loop draws the same stream on every call; a generator seeded
 * again copies each block of that stream (624 words) instead of recomputing it. A block is a pure
 * function of the seed and its index, so the words drawn are the same either way.
 *
 * Bounds: the blocks of the MAX_SEEDS seeds used last, up to MAX_BLOCKS blocks of each (together at
 * most 8 × 64 × 2.5 KB ≈ 1.3 MB), kept from a seed's second use on. Past those, blocks are computed as before.
 */
import { initGenrand, twist } from "./mt19937";

/** Seeds whose blocks are kept, the least recently seeded dropped first. */
export const MAX_SEEDS = 8;
/** Blocks kept per seed: index 0 is the state `init_genrand` gives, index k the state after k twists. */
export const MAX_BLOCKS = 64;

const NativeUint32Array = Uint32Array;
/** Seeds used last, oldest first: their kept blocks, or `undefined` for a seed given once so far (nothing kept). */
const blocksOfSeed = new Map<number, Uint32Array[] | undefined>();

/**
 * Fills `mt` (`Uint32Array(624)`) with MT19937's `init_genrand(seed)` state (block 0 of the seed's
 * stream) and makes `seed` the most recently used. A seed's blocks are kept from its second use on: a
 * run of ever new seeds (`seed + epoch` in the course's mini-batches) copies nothing. `seed` is an
 * integer in [0, 2^32), checked by the caller.
 */
export function seedState(mt: Uint32Array, seed: number): void {
  if (!blocksOfSeed.has(seed)) {
    initGenrand(mt, seed);
    if (blocksOfSeed.size >= MAX_SEEDS) blocksOfSeed.delete(blocksOfSeed.keys().next().value as number);
    blocksOfSeed.set(seed, undefined);
    return;
  }
  let blocks = blocksOfSeed.get(seed);
  blocksOfSeed.delete(seed);
  if (blocks) mt.set(blocks[0]);
  else {
    initGenrand(mt, seed);
    blocks = [new NativeUint32Array(mt)];
  }
  blocksOfSeed.set(seed, blocks);
}

/**
 * Turns `mt`, block `index − 1` of `seed`'s stream, into block `index` (`index ≥ 1`): a copy of that
 * block when it is kept, else MT19937's twist (kept when it is the next block of a seed still remembered).
 */
export function advanceBlock(mt: Uint32Array, seed: number, index: number): void {
  const blocks = blocksOfSeed.get(seed);
  if (blocks !== undefined && index < blocks.length) {
    mt.set(blocks[index]);
    return;
  }
  twist(mt);
  if (blocks !== undefined && index === blocks.length && index < MAX_BLOCKS) blocks.push(new NativeUint32Array(mt));
}
