import * as math from "mathjs";
import * as np from "../../src/np";
import { randomInt, randomMatrix, randomShape, rngFor, snapshot } from "./helpers";

describe("shape", () => {
  test("rows and columns of rectangular matrices, edge shapes included", () => {
    const rng = rngFor("shape");
    for (let n = 0; n < 40; n++) {
      const [r, c] = randomShape(rng);
      const a = randomMatrix(rng, r, c);
      expect(np.shape(a)).toEqual(math.size(a));
    }
    expect(np.shape([[1]])).toEqual([1, 1]);
    expect(np.shape([[1, 2, 3]])).toEqual([1, 3]);
    expect(np.shape([[1], [2]])).toEqual([2, 1]);
    expect(np.shape([])).toEqual([0, 0]);
    expect(np.shape([[], []])).toEqual([2, 0]);
  });

  test("rejects non-rectangular and non-array input, naming the argument", () => {
    expect(() => np.shape([[1, 2], [3]])).toThrow("shape: a is not a matrix: row 1 has length 1, row 0 has length 2 (not rectangular)");
    expect(() => np.shape("abc" as never)).toThrow("shape: a is not a matrix: expected number[][], got a string");
    expect(() => np.shape(undefined as never)).toThrow("shape: a is not a matrix: expected number[][], got undefined");
    expect(() => np.shape([1, 2] as never)).toThrow("shape: a is not a matrix: expected number[][], but row 0 is a number");
    expect(() => np.shape([[1], new Float64Array(1)] as never)).toThrow("shape: a is not a matrix: expected number[][], but row 1 is a Float64Array");
    expect(() => np.transpose({} as never)).toThrow("transpose: a is not a matrix: expected number[][], got an Object");
  });
});

describe("constructors", () => {
  test("zeros, ones, full, zerosLike match mathjs", () => {
    const rng = rngFor("constructors");
    for (let n = 0; n < 20; n++) {
      const [r, c] = randomShape(rng);
      // mathjs returns plain arrays for an array of sizes
      expect(np.zeros(r, c)).toEqual(math.zeros([r, c]));
      expect(np.ones(r, c)).toEqual(math.ones([r, c]));
      expect(np.full(r, c, 2.5)).toEqual(math.multiply(math.ones([r, c]), 2.5));
      expect(np.zerosLike(randomMatrix(rng, r, c))).toEqual(math.zeros([r, c]));
    }
    expect(np.zeros(0, 3)).toEqual([]);
    expect(np.zeros(2, 0)).toEqual([[], []]);
  });

  test("rows are independent arrays", () => {
    const z = np.zeros(2, 2);
    z[0][0] = 1;
    expect(z[1][0]).toBe(0);
  });

  test("bad dimensions are a clear error", () => {
    expect(() => np.zeros(-1, 2)).toThrow("zeros: rows and cols must be non-negative integers, got (-1, 2)");
    expect(() => np.ones(1.5, 2)).toThrow("ones: rows and cols must be non-negative integers, got (1.5, 2)");
  });
});

describe("clone and transpose", () => {
  test("match mathjs on random shapes and share no rows with the input", () => {
    const rng = rngFor("transpose");
    for (let n = 0; n < 40; n++) {
      const [r, c] = randomShape(rng);
      const a = randomMatrix(rng, r, c);
      const unchanged = snapshot(a);
      const copy = np.clone(a);
      expect(copy).toEqual(a);
      copy.forEach((row, i) => expect(row).not.toBe(a[i]));
      expect(np.transpose(a)).toEqual(math.transpose(a));
      unchanged();
    }
    expect(np.transpose([[1, 2, 3]])).toEqual([[1], [2], [3]]);
    expect(np.transpose([[7]])).toEqual([[7]]);
  });
});

describe("sliceColumns", () => {
  test("a[:, start:end] with Python slice bounds, against mathjs subset", () => {
    const rng = rngFor("sliceColumns");
    for (let n = 0; n < 60; n++) {
      const [r, c] = randomShape(rng, 9);
      const a = randomMatrix(rng, r, c);
      const unchanged = snapshot(a);
      const start = randomInt(rng, 0, c - 1);
      const end = randomInt(rng, start + 1, c);
      const expected = math.subset(a, math.index(math.range(0, r), math.range(start, end)));
      expect(np.sliceColumns(a, start, end)).toEqual(expected);
      // negative bounds count from the end, as in Python
      expect(np.sliceColumns(a, start - c, end - c === 0 ? undefined : end - c)).toEqual(expected);
      unchanged();
    }
    const a = [
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ];
    expect(np.sliceColumns(a, 2)).toEqual([
      [2, 3],
      [6, 7],
    ]);
    expect(np.sliceColumns(a, 1, 100)).toEqual([
      [1, 2, 3],
      [5, 6, 7],
    ]);
    expect(np.sliceColumns(a, 3, 1)).toEqual([[], []]);
    expect(np.sliceColumns(a, -100, 1)).toEqual([[0], [4]]);
    expect(() => np.sliceColumns(a, 0.5)).toThrow("sliceColumns: start must be an integer, got 0.5");
  });
});

describe("takeColumns and fromColumns", () => {
  test("permuting examples matches mathjs subset with an index array", () => {
    const rng = rngFor("takeColumns");
    for (let n = 0; n < 40; n++) {
      const [r, c] = randomShape(rng, 9);
      const a = randomMatrix(rng, r, c);
      const unchanged = snapshot(a);
      const indices = Array.from({ length: randomInt(rng, 1, 2 * c) }, () => randomInt(rng, 0, c - 1));
      const expected = math.subset(a, math.index(math.range(0, r), indices));
      expect(np.takeColumns(a, indices)).toEqual(math.reshape(expected as number[][], [r, indices.length]));
      expect(
        np.takeColumns(
          a,
          indices.map((i) => i - c),
        ),
      ).toEqual(np.takeColumns(a, indices));
      unchanged();
    }
    expect(np.takeColumns([[1, 2, 3]], [2, 0, 1])).toEqual([[3, 1, 2]]);
    expect(() => np.takeColumns([[1, 2, 3]], [3])).toThrow("takeColumns: index 3 (indices[0]) is out of bounds for axis 1 with size 3");
    expect(() => np.takeColumns([[1, 2, 3]], [0, 1.5])).toThrow("takeColumns: index 1.5 (indices[1])");
    expect(() => np.takeColumns([[1]], "0" as never)).toThrow("takeColumns: indices must be an array of integers, got a string");
  });

  test("fromColumns builds the matrix whose columns are given, the inverse of transpose", () => {
    const rng = rngFor("fromColumns");
    for (let n = 0; n < 20; n++) {
      const [r, c] = randomShape(rng);
      const columns = randomMatrix(rng, c, r);
      expect(np.fromColumns(columns)).toEqual(math.transpose(columns));
    }
    expect(np.fromColumns([[1, 2]])).toEqual([[1], [2]]);
    expect(np.fromColumns([])).toEqual([]);
    expect(() => np.fromColumns([[1, 2], [3]])).toThrow("fromColumns: column 1 has 1 entries, column 0 has 2");
    expect(() => np.fromColumns([[1], 2] as never)).toThrow("fromColumns: column 1 must be a number[], got a number");
  });
});
