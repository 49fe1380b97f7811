import * as math from "mathjs";
import * as np from "../../src/np";
import { randomInt, randomMatrix, randomShape, rngFor, snapshot } from "./helpers";

// mathjs's dense multiply sums each output sequentially from the first product, the order np
// documents, so the products must agree exactly, not just closely.
describe("dot", () => {
  test("matches mathjs multiply on random shapes, including vectors and 1×1", () => {
    const rng = rngFor("dot");
    for (let n = 0; n < 60; n++) {
      const [r, k] = randomShape(rng, 9);
      const p = n % 5 === 0 ? 1 : randomInt(rng, 1, 9);
      const a = randomMatrix(rng, r, k);
      const b = randomMatrix(rng, k, p);
      const unchanged = snapshot([a, b]);
      expect(np.dot(a, b)).toEqual(math.multiply(a, b));
      unchanged();
    }
    expect(np.dot([[2]], [[3]])).toEqual([[6]]);
    expect(np.dot([[1, 2, 3]], [[4], [5], [6]])).toEqual([[32]]);
    expect(np.dot([[1], [2]], [[3, 4]])).toEqual([
      [3, 4],
      [6, 8],
    ]);
  });

  test("the course's shapes: (10, 2)·(2, 300), (5, 10)·(10, 300), (1, 5)·(5, 300)", () => {
    const rng = rngFor("dot/course");
    for (const [n, k] of [
      [10, 2],
      [5, 10],
      [1, 5],
    ]) {
      const W = randomMatrix(rng, n, k);
      const A = randomMatrix(rng, k, 300);
      expect(np.dot(W, A)).toEqual(math.multiply(W, A));
    }
  });

  test("mismatched inner dimensions and bad arguments are clear errors", () => {
    const a = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(() => np.dot(a, a)).toThrow("dot: (2, 3)·(2, 3): inner dimensions 3 and 2 differ");
    expect(() => np.dot(a, 2 as never)).toThrow("dot: b is not a matrix: expected number[][], got a number");
    expect(() => np.dot([[1], [2, 3]], a)).toThrow("dot: a is not a matrix: row 1 has length 2, row 0 has length 1");
  });
});

describe("dotNT and dotTN (products with a transpose, without building it)", () => {
  test("equal mathjs and dot(…, transpose(…)) bit for bit on random shapes", () => {
    const rng = rngFor("dotNT");
    for (let n = 0; n < 60; n++) {
      const [r, k] = randomShape(rng, 9);
      const p = n % 5 === 0 ? 1 : randomInt(rng, 1, 9);
      const a = randomMatrix(rng, r, k);
      const b = randomMatrix(rng, p, k);
      const c = randomMatrix(rng, r, p);
      const unchanged = snapshot([a, b, c]);
      expect(np.dotNT(a, b)).toEqual(math.multiply(a, math.transpose(b)));
      expect(np.dotNT(a, b)).toEqual(np.dot(a, np.transpose(b)));
      expect(np.dotTN(a, c)).toEqual(math.multiply(math.transpose(a), c));
      expect(np.dotTN(a, c)).toEqual(np.dot(np.transpose(a), c));
      unchanged();
    }
  });

  test("the course's gradient shapes: dZ·Aᵀ over 300 examples and Wᵀ·dZ", () => {
    const rng = rngFor("dotNT/course");
    for (const [n, k] of [
      [10, 2],
      [5, 10],
      [1, 5],
    ]) {
      const dZ = randomMatrix(rng, n, 300);
      const A = randomMatrix(rng, k, 300);
      const W = randomMatrix(rng, n, k);
      expect(np.dotNT(dZ, A)).toEqual(math.multiply(dZ, math.transpose(A)));
      expect(np.dotTN(W, dZ)).toEqual(math.multiply(math.transpose(W), dZ));
    }
  });

  test("an empty inner dimension gives zeros, as numpy", () => {
    expect(np.dotNT([[], []], [[], [], []])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  test("mismatched inner dimensions name the function and both shapes", () => {
    expect(() =>
      np.dotNT(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ],
      ),
    ).toThrow("dotNT: (2, 3)·(2, 4)ᵀ: inner dimensions 3 and 4 differ");
    expect(() =>
      np.dotTN(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[1], [2], [3]],
      ),
    ).toThrow("dotTN: (2, 3)ᵀ·(3, 1): inner dimensions 2 and 3 differ");
  });
});
