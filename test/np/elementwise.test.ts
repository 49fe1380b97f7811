import * as math from "mathjs";
import * as np from "../../src/np";
import type { Matrix, Operand } from "../../src/np";
import { bits, plain, randomMatrix, randomShape, randomValue, rngFor, snapshot, type Rng } from "./helpers";

/** The five operand layouts numpy broadcasts against a full (r, c) matrix. */
const LAYOUTS = ["full", "column", "row", "1x1", "number"] as const;
type Layout = (typeof LAYOUTS)[number];

function operand(rng: Rng, layout: Layout, r: number, c: number): Operand {
  switch (layout) {
    case "full":
      return randomMatrix(rng, r, c);
    case "column":
      return randomMatrix(rng, r, 1);
    case "row":
      return randomMatrix(rng, 1, c);
    case "1x1":
      return randomMatrix(rng, 1, 1);
    default:
      return randomValue(rng);
  }
}

/** numpy's result shape for two operands (number counts as (1, 1)). */
function resultShape(a: Operand, b: Operand): [number, number] {
  const s = (v: Operand) => (typeof v === "number" ? [1, 1] : np.shape(v));
  const [sa, sb] = [s(a), s(b)];
  return [Math.max(sa[0], sb[0]), Math.max(sa[1], sb[1])];
}

// mathjs broadcasts matrices of equal rank; a plain number is a scalar to it as well.
const oracles: Record<string, (a: Operand, b: Operand) => unknown> = {
  add: (a, b) => plain(math.add(a as Matrix, b as Matrix)),
  subtract: (a, b) => plain(math.subtract(a as Matrix, b as Matrix)),
  multiply: (a, b) => plain(math.dotMultiply(a as Matrix, b as Matrix)),
  divide: (a, b) => plain(math.dotDivide(a as Matrix, b as Matrix)),
  greater: (a, b) => bits(math.larger(a as Matrix, b as Matrix)),
  less: (a, b) => bits(math.smaller(a as Matrix, b as Matrix)),
  equal: (a, b) => bits(math.equal(a as Matrix, b as Matrix)),
  // where(a >= b, a, b) built from mathjs's broadcasting comparison: mask·a + (1 − mask)·b is exact for finite values
  maximum: (a, b) => select(bits(math.largerEq(a as Matrix, b as Matrix)), a, b),
  minimum: (a, b) => select(bits(math.smallerEq(a as Matrix, b as Matrix)), a, b),
};

function select(mask: Matrix, a: Operand, b: Operand): unknown {
  const notMask = math.subtract(1, mask) as Matrix;
  return plain(math.add(math.dotMultiply(mask, a as Matrix), math.dotMultiply(notMask, b as Matrix)));
}

const binaries = Object.keys(oracles) as (keyof typeof oracles & keyof typeof np)[];

describe.each(binaries)("%s", (name) => {
  const fn = np[name] as np.BinaryFunction;

  test("matches mathjs for every pair of broadcast layouts on random shapes", () => {
    const rng = rngFor(name);
    for (let n = 0; n < 12; n++) {
      const [r, c] =
        n < 3
          ? (
              [
                [1, 1],
                [1, 5],
                [5, 1],
              ] as const
            )[n]
          : randomShape(rng);
      for (const la of LAYOUTS) {
        for (const lb of LAYOUTS) {
          if (la === "number" && lb === "number") continue;
          const a = operand(rng, la, r, c);
          const b = operand(rng, lb, r, c);
          const unchanged = snapshot([a, b]);
          const result = fn(a, b);
          expect(np.shape(result)).toEqual(resultShape(a, b));
          expect(result).toEqual(oracles[name](a, b));
          unchanged();
        }
      }
    }
  });

  test("a column vector and a row vector broadcast to a full matrix", () => {
    const rng = rngFor(`${name}/outer`);
    const a = randomMatrix(rng, 4, 1);
    const b = randomMatrix(rng, 1, 3);
    expect(fn(a, b)).toEqual(oracles[name](a, b));
  });

  test("two numbers give a number", () => {
    expect(typeof fn(3, 2)).toBe("number");
    expect([[fn(3, 2)]]).toEqual(oracles[name]([[3]], [[2]]));
  });

  test("shapes that cannot broadcast are a clear error", () => {
    expect(() =>
      fn(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[1], [2], [3]],
      ),
    ).toThrow(`${name}: shapes (2, 3) and (3, 1) cannot broadcast`);
    expect(() => fn([[1, 2]], [[1, 2, 3]])).toThrow(`${name}: shapes (1, 2) and (1, 3) cannot broadcast`);
    expect(() => fn("1" as never, [[1]])).toThrow(`${name}: a must be a number or a matrix (number[][]), got a string`);
    expect(() => fn([[1]], [[1, 2], [3]])).toThrow(`${name}: b is not a matrix: row 1 has length 1, row 0 has length 2`);
  });
});

describe("NaN, infinities and signed zeros follow numpy", () => {
  test("maximum/minimum propagate NaN and keep the first operand on ties", () => {
    expect(np.maximum([[NaN, 1, 0]], [[1, NaN, -0]])).toEqual([[NaN, NaN, 0]]);
    expect(Object.is(np.maximum(0, -0), 0)).toBe(true);
    expect(Object.is(np.maximum(-0, 0), -0)).toBe(true);
    expect(np.minimum([[NaN, 1, -Infinity]], [[1, NaN, 3]])).toEqual([[NaN, NaN, -Infinity]]);
  });

  test("maximum/minimum against a scalar (either side, rows long enough for the unrolled loops) follow numpy's rule element by element", () => {
    // numpy: maximum(x, y) is x when x >= y or x is NaN, else y; minimum likewise with <=.
    const rule = { maximum: (x: number, y: number) => (x >= y || x !== x ? x : y), minimum: (x: number, y: number) => (x <= y || x !== x ? x : y) };
    const specials = [NaN, 0, -0, 1, -1, 0.5, -2.5, Infinity, -Infinity, 1e-310, -1e-310, 3];
    const row = [...specials, ...specials.slice().reverse()];
    const matrix = [row, row.map((v) => -v)];
    for (const name of ["maximum", "minimum"] as const) {
      for (const c of specials) {
        for (const [a, b] of [
          [matrix, c],
          [c, matrix],
          [matrix, [[c], [c]]],
          [[[c], [c]], matrix],
        ] as [Operand, Operand][]) {
          const result = np[name](a, b) as Matrix;
          const show = (x: number) => (Object.is(x, -0) ? "-0" : String(x));
          const at = (v: Operand, i: number, j: number) => (typeof v === "number" ? v : v[i][v[i].length === 1 ? 0 : j]);
          result.forEach((r, i) =>
            r.forEach((v, j) => {
              const expected = rule[name](at(a, i, j), at(b, i, j));
              if (!Object.is(v, expected)) throw new Error(`${name}(${show(at(a, i, j))}, ${show(at(b, i, j))}) gave ${show(v)}, expected ${show(expected)}`);
            }),
          );
        }
      }
    }
    expect(Object.is(np.maximum([[-0, 1, 2, 3, -0]], 0)[0][4], -0)).toBe(true);
    expect(Object.is(np.minimum(-0, [[0, 1, 2, 3, 0]])[0][4], -0)).toBe(true);
    expect(np.maximum([[1, NaN, -1, 2, 5]], NaN)).toEqual([[NaN, NaN, NaN, NaN, NaN]]);
  });

  test("comparisons with NaN are 0; division by zero is IEEE", () => {
    expect(np.greater([[NaN, 2]], 1)).toEqual([[0, 1]]);
    expect(np.less([[NaN, 0]], 1)).toEqual([[0, 1]]);
    expect(np.equal([[NaN, 0]], [[NaN, -0]])).toEqual([[0, 1]]);
    expect(np.divide([[1, -1, 0]], 0)).toEqual([[Infinity, -Infinity, NaN]]);
  });
});

const unaries: [keyof typeof np, (x: number) => number][] = [
  ["exp", (x) => math.exp(x)],
  ["log", (x) => math.log(x) as number],
  ["sqrt", (x) => math.sqrt(x) as number],
  ["square", (x) => math.square(x)],
  ["abs", (x) => math.abs(x)],
  ["negative", (x) => math.unaryMinus(x)],
];

describe.each(unaries)("%s", (name, oracle) => {
  const fn = np[name] as np.UnaryFunction;
  const positive = name === "log" || name === "sqrt";

  test("matches mathjs elementwise on random shapes, including 1×1, 1×n and n×1", () => {
    const rng = rngFor(name);
    for (let n = 0; n < 30; n++) {
      const [r, c] =
        n < 3
          ? (
              [
                [1, 1],
                [1, 6],
                [6, 1],
              ] as const
            )[n]
          : randomShape(rng);
      const a = randomMatrix(rng, r, c, positive ? (g) => g() * 100 : undefined);
      const unchanged = snapshot(a);
      expect(fn(a)).toEqual(math.map(a, (x: number) => oracle(x)));
      unchanged();
    }
    expect(fn(0.25)).toBe(oracle(0.25));
  });

  test("rejects what is not a number or a matrix", () => {
    expect(() => fn("x" as never)).toThrow(`${name}: a must be a number or a matrix (number[][]), got a string`);
    expect(() => fn([[1, 2], [3]])).toThrow(`${name}: a is not a matrix: row 1 has length 1, row 0 has length 2`);
  });
});

describe("map", () => {
  test("applies fn(value, i, j) elementwise into a new matrix", () => {
    const a = [
      [1, 2],
      [3, 4],
    ];
    const unchanged = snapshot(a);
    expect(np.map(a, (v, i, j) => v * 10 + i * 100 + j)).toEqual([
      [10, 21],
      [130, 141],
    ]);
    unchanged();
    expect(() => np.map(a, 3 as never)).toThrow("map: fn must be a function, got a number");
  });
});

describe("log and special values", () => {
  test("log(0) is -Infinity and log of a negative is NaN, as numpy (without its warning)", () => {
    expect(np.log([[0, -1, 1]])).toEqual([[-Infinity, NaN, 0]]);
  });
});
