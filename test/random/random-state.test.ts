import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RandomState } from "../../src/random";

/**
 * Reference streams from numpy's legacy RandomState: numpy-random.json (the course's vectors)
 * and numpy-random-extra.json (test/data/make-random-vectors.py). Uniforms, integers and
 * permutations and normals must all match exactly (normals take a correctly rounded logarithm,
 * as numpy's C library does on these vectors).
 */
interface Call {
  call: string;
  arg: unknown;
  out: unknown;
}
interface Stream {
  seed: number;
  calls: Call[];
}

function loadStreams(file: string): Stream[] {
  return (JSON.parse(readFileSync(join(__dirname, "..", "data", file), "utf8")) as { streams: Stream[] }).streams;
}

type Size = number | [number] | [number, number] | undefined;
const size = (s: unknown): Size => (s === null ? undefined : (s as Size));

/** Makes one recorded call on `rng`; see make-random-vectors.py for the argument conventions. */
function replay(rng: RandomState, { call, arg }: Call): unknown {
  const dims = arg as number[];
  switch (call) {
    case "next32":
      return Array.from({ length: arg as number }, () => rng.next32());
    case "rand":
      return (rng.rand as (...d: number[]) => unknown)(...dims);
    case "randn":
      return (rng.randn as (...d: number[]) => unknown)(...dims);
    case "normal": {
      const [loc, scale, shape] = arg as [number, number, unknown];
      return (rng.normal as (l: number, s: number, z?: Size) => unknown)(loc, scale, size(shape));
    }
    case "randint": {
      const [low, high, shape] = arg as [number, number | null, unknown];
      return (rng.randint as (l: number, h?: number, z?: Size) => unknown)(low, high ?? undefined, size(shape));
    }
    case "permutation":
      return rng.permutation(arg as number);
    case "shuffle": {
      const a = Array.from({ length: arg as number }, (_, i) => i);
      rng.shuffle(a);
      return a;
    }
    case "seed":
      rng.seed(arg as number);
      return null;
    default:
      throw new Error(`unknown call ${call}`);
  }
}

/** Same nesting and lengths, and |r − e| ≤ rtol·|e| everywhere; names the first bad index. */
function expectClose(received: unknown, expected: unknown, rtol: number, path = "out"): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(received)).toBe(true);
    const r = received as unknown[];
    expect(`${path}.length = ${r.length}`).toBe(`${path}.length = ${expected.length}`);
    expected.forEach((e, i) => expectClose(r[i], e, rtol, `${path}[${i}]`));
    return;
  }
  const r = received as number;
  const e = expected as number;
  if (!(Math.abs(r - e) <= rtol * Math.abs(e))) {
    throw new Error(`${path}: expected ${e}, received ${r} (|Δ| = ${Math.abs(r - e)}, rtol ${rtol})`);
  }
}

function checkStream({ seed, calls }: Stream): void {
  const rng = new RandomState(seed);
  calls.forEach((c) => {
    const out = replay(rng, c);
    expect(out).toEqual(c.out); // Object.is on every number: exact, -0 ≠ 0
  });
}

const label = (s: Stream): string => `seed ${s.seed}: ${s.calls.map((c) => `${c.call}(${JSON.stringify(c.arg)})`.slice(0, 40)).join(", ")}`;

describe("numpy streams", () => {
  test.each(loadStreams("numpy-random.json").map((s) => [label(s), s] as const))("course vectors %s", (_, s) => checkStream(s));
  test.each(loadStreams("numpy-random-extra.json").map((s) => [label(s), s] as const))("extra vectors %s", (_, s) => checkStream(s));
});

describe("numpy's vectors", () => {
  test.each([
    [0, [2357136044, 2546248239, 3071714933, 3626093760, 2588848963]],
    [1, [1791095845, 4282876139, 3093770124, 4005303368, 491263]],
    [3, [2365658986, 303761048, 3041471737, 3607553667, 1249426360]],
  ])("seed %i raw next32", (seed, expected) => {
    const rng = new RandomState(seed);
    expect(expected.map(() => rng.next32())).toEqual(expected);
  });

  test("seed 1 rand(8), printed to 9 significant digits", () => {
    const expected = [0.417022005, 0.720324493, 0.000114374817, 0.302332573, 0.146755891, 0.0923385948, 0.186260211, 0.345560727];
    expectClose(new RandomState(1).rand(8), expected, 5e-9);
  });

  test.each([
    [1, [1.62434536, -0.61175641, -0.52817175, -1.07296862, 0.86540763, -2.3015387, 1.74481176, -0.7612069, 0.3190391, -0.24937038, 1.46210794, -2.06014071]],
    [3, [1.78862847, 0.43650985, 0.09649747, -1.8634927, -0.2773882, -0.35475898, -0.08274148, -0.62700068, -0.04381817, -0.47721803, -1.31386475, 0.88462238]],
  ])("seed %i randn(12), printed to 8 decimals", (seed, expected) => {
    const got = new RandomState(seed).randn(12);
    expect(got).toHaveLength(12);
    got.forEach((g, i) => expect(Math.abs(g - expected[i])).toBeLessThanOrEqual(5e-9));
  });

  test("seed 1234567890 randn(3, 2) and rand(3, 2)", () => {
    expect(new RandomState(1234567890).randn(3, 2)).toEqual([
      [1.34016345771863121, 1.73759122771936081],
      [1.498988344300628, -0.2286433324536169],
      [2.031033998682787, 2.17032494605655257],
    ]);
    expect(new RandomState(1234567890).rand(3, 2)).toEqual([
      [0.61879477158567997, 0.59162362775974664],
      [0.88868358904449662, 0.89165480011560816],
      [0.4575674820298663, 0.7781880808593471],
    ]);
  });

  test("seed 0 permutation(10), then a fresh seed 0 permutation(3)", () => {
    expect(new RandomState(0).permutation(10)).toEqual([2, 8, 4, 9, 1, 6, 7, 3, 0, 5]);
    expect(new RandomState(0).permutation(3)).toEqual([2, 1, 0]);
  });
});

describe("the cached normal", () => {
  test("randn() caches f·x1: rand and permutation in between do not touch it", () => {
    const a = new RandomState(7);
    const first = a.randn(); // returns f·x2, caches f·x1
    const b = new RandomState(7);
    const pair = b.randn(2); // [f·x2, f·x1] from the same draws
    expect(first).toBe(pair[0]);
    a.rand();
    a.permutation(5);
    a.shuffle([1, 2, 3]);
    a.randint(10);
    expect(a.randn()).toBe(pair[1]);
  });

  test("seed clears the cache; rand and randomDouble are unaffected by it", () => {
    const rng = new RandomState(5);
    const fresh = rng.randn(2);
    rng.seed(5);
    rng.randn(); // leaves fresh[1] cached
    rng.seed(5);
    expect(rng.randn(2)).toEqual(fresh);
    rng.seed(5);
    rng.randn();
    const u = rng.rand(); // draws after the four uniforms randn used
    const other = new RandomState(5);
    for (let i = 0; i < 4; i++) other.next32();
    expect(u).toBe(other.randomDouble());
  });

  test("normal shares randn's stream and cache", () => {
    const a = new RandomState(2);
    const z = a.randn(3);
    const b = new RandomState(2);
    expect(b.normal()).toBe(z[0]);
    expect(b.normal(1, 2)).toBe(1 + 2 * z[1]);
    expect(b.normal(-1, 0.5, [1])).toEqual([-1 + 0.5 * z[2]]);
  });
});

describe("randomDouble and integers", () => {
  test("randomDouble is (a·2^26 + b) / 2^53 with a = next32 >>> 5 first", () => {
    const a = new RandomState(11);
    const b = new RandomState(11);
    const hi = b.next32() >>> 5;
    const lo = b.next32() >>> 6;
    expect(a.randomDouble()).toBe((hi * 2 ** 26 + lo) / 2 ** 53);
  });

  test("interval(0) and a one-value randint draw nothing", () => {
    const a = new RandomState(3);
    expect(a.interval(0)).toBe(0);
    expect(a.randint(4, 5, 3)).toEqual([4, 4, 4]);
    expect(a.next32()).toBe(new RandomState(3).next32());
  });

  test("interval(max) rejects whole masked draws, never reduces modulo", () => {
    const a = new RandomState(1);
    const b = new RandomState(1);
    for (let k = 0; k < 200; k++) {
      const max = 5;
      let v: number;
      do v = b.next32() & 7;
      while (v > max);
      expect(a.interval(max)).toBe(v);
    }
    expect(a.interval(2 ** 32 - 1)).toBe(b.next32()); // mask is all ones: the raw draw
  });

  test("randint(high) is randint(0, high)", () => {
    expect(new RandomState(8).randint(9, undefined, [2, 3])).toEqual(new RandomState(8).randint(0, 9, [2, 3]));
  });

  test("rand's rows equal one randomDouble after another across twists, from an even or an odd word", () => {
    // 624 words a block: a row of 700 spans two twists; after an odd number of next32 draws a
    // double's two words straddle a twist.
    for (const skip of [0, 1, 2, 3]) {
      const bulk = new RandomState(11);
      const single = new RandomState(11);
      for (let s = 0; s < skip; s++) expect(bulk.next32()).toBe(single.next32());
      for (const n of [1, 311, 312, 313, 700, 5]) {
        const row = bulk.rand(n);
        const one = Array.from({ length: n }, () => single.randomDouble());
        expect(row).toEqual(one);
      }
      expect(bulk.next32()).toBe(single.next32());
    }
  });

  test("shapes: n and [n] give vectors, [r, c] a row-major matrix, 0 an empty array", () => {
    const flat = new RandomState(4).rand(6);
    expect(new RandomState(4).rand(2, 3)).toEqual([flat.slice(0, 3), flat.slice(3)]);
    expect(new RandomState(4).normal(0, 1, 4)).toEqual(new RandomState(4).normal(0, 1, [4]));
    expect(new RandomState(4).rand(0)).toEqual([]);
    expect(new RandomState(4).randn(0, 3)).toEqual([]);
    expect(new RandomState(4).rand(2, 0)).toEqual([[], []]);
    expect(typeof new RandomState(4).rand()).toBe("number");
  });

  test("shuffle reorders any array in place with the permutation's draws", () => {
    const letters = ["a", "b", "c", "d", "e", "f"];
    const order = new RandomState(6).permutation(6);
    new RandomState(6).shuffle(letters);
    expect(letters).toEqual(order.map((i) => "abcdef"[i]));
  });
});

describe("errors", () => {
  test.each([-1, 2 ** 32, 1.5, NaN, Infinity])("seed %p is rejected with a RangeError naming it", (s) => {
    const message = `RandomState.seed: expected an integer in [0, 2^32), got ${s}`;
    expect(() => new RandomState(0).seed(s)).toThrow(new RangeError(message));
    expect(() => new RandomState(s)).toThrow(new RangeError(`new RandomState: expected an integer in [0, 2^32), got ${s}`));
  });

  test("the error type is RangeError", () => {
    expect(() => new RandomState(0).seed(1.5)).toThrow(RangeError);
  });

  test("a missing or non-number seed is a TypeError", () => {
    expect(() => new (RandomState as unknown as new () => RandomState)()).toThrow(
      new TypeError("new RandomState(seed): a seed is required, an integer in [0, 2^32), e.g. new RandomState(1)"),
    );
    expect(() => new RandomState("3" as unknown as number)).toThrow(new TypeError('new RandomState: expected an integer in [0, 2^32), got string "3"'));
  });

  test("seeds 0 and 2^32 − 1 are valid", () => {
    expect(() => new RandomState(0).seed(2 ** 32 - 1)).not.toThrow();
  });

  test("bad shapes name the method and the value", () => {
    const rng = new RandomState(0);
    expect(() => rng.rand(-1)).toThrow(new RangeError("RandomState.rand: dimensions must be non-negative integers, got -1"));
    expect(() => rng.randn(2, 1.5)).toThrow(new RangeError("RandomState.randn: dimensions must be non-negative integers, got 1.5"));
    expect(() => (rng.rand as (...d: number[]) => unknown)(1, 2, 3)).toThrow(
      new RangeError("RandomState.rand: at most 2 dimensions (rows, cols) are supported, got 3"),
    );
    expect(() => rng.normal(0, 1, [2, -1])).toThrow(new RangeError("RandomState.normal: dimensions must be non-negative integers, got -1"));
    expect(() => rng.normal(0, 1, [] as unknown as [number])).toThrow(new RangeError("RandomState.normal: shape must be n, [n] or [rows, cols], got []"));
    expect(() => rng.randint(0, 5, NaN)).toThrow(new RangeError("RandomState.randint: dimensions must be non-negative integers, got NaN"));
    expect(() => rng.permutation(-3)).toThrow(new RangeError("RandomState.permutation: n must be a non-negative integer, got -3"));
    expect(() => rng.interval(0.5)).toThrow(new RangeError("RandomState.interval: max must be a safe integer, got 0.5"));
  });

  test("normal rejects a negative scale like numpy (−0 included); randint needs low < high", () => {
    const rng = new RandomState(0);
    expect(() => rng.normal(0, -1)).toThrow(new RangeError("RandomState.normal: scale < 0 (got scale = -1)"));
    expect(() => rng.normal(0, -0)).toThrow(RangeError);
    expect(rng.normal(0, 0)).toBe(0);
    expect(() => rng.randint(3, 3)).toThrow(new RangeError("RandomState.randint: expected low < high, got low = 3, high = 3"));
    expect(() => rng.randint(0)).toThrow(new RangeError("RandomState.randint: expected low < high, got low = 0, high = 0"));
    expect(() => rng.randint(-(2 ** 52), 2 ** 53 - 1)).toThrow(RangeError);
    expect(() => rng.randint(0.5, 3)).toThrow(new RangeError("RandomState.randint: low must be a safe integer, got 0.5"));
    expect(() => rng.shuffle("abc" as unknown as string[])).toThrow(new TypeError('RandomState.shuffle: expected an array, got string "abc"'));
  });
});
