import { matrix } from "mathjs";
import { DEFAULT_TOLERANCE, toBeCloseToArray } from "../../../src/grading/jest/to-be-close-to-array";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Runs `fn` and rethrows its failure with the colour codes removed, for stable snapshots. */
function plain(fn: () => void): () => void {
  return () => {
    try {
      fn();
    } catch (error) {
      // eslint-disable-next-line preserve-caught-error -- only the message, uncoloured, goes into the snapshot
      throw new Error((error as Error).message.replace(ANSI, ""));
    }
  };
}

/** The failure message of `fn`, without colours; fails the test if `fn` passes. */
function failureOf(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message.replace(ANSI, "");
  }
  throw new Error("expected the assertion to fail");
}

const W1 = [
  [1, 2, 3],
  [4, 5, 6],
];

describe("toBeCloseToArray passes", () => {
  test("on the same numbers in every accepted form", () => {
    expect(0.5).toBeCloseToArray(0.5);
    expect([1, 2, 3]).toBeCloseToArray([1, 2, 3]);
    expect(W1).toBeCloseToArray(W1);
    expect(new Float64Array([1, 2, 3])).toBeCloseToArray([1, 2, 3]);
    expect(new Float32Array([0.5, 0.25])).toBeCloseToArray([0.5, 0.25]);
    expect(matrix(W1)).toBeCloseToArray(W1);
    expect(W1).toBeCloseToArray(matrix(W1));
    expect({ shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }).toBeCloseToArray(W1);
    expect({ W1, b1: [[0], [0]] }).toBeCloseToArray({ W1, b1: [[0], [0]] });
    expect([NaN, Infinity]).toBeCloseToArray([NaN, Infinity]);
  });

  test("within a given tolerance", () => {
    expect([1.5]).toBeCloseToArray([1], { atol: 0.5, rtol: 0 });
    expect([1.05]).not.toBeCloseToArray([1], { atol: 0.05, rtol: 0 }); // 1.05 − 1 is 0.05000000000000004
    expect([2.5]).toBeCloseToArray([2], { atol: 0, rtol: 0.25 });
  });

  test("is registered globally (setupFilesAfterEnv), so expect has it", () => {
    expect(typeof (expect(1) as unknown as Record<string, unknown>).toBeCloseToArray).toBe("function");
  });
});

describe("toBeCloseToArray fails", () => {
  test("on different values", () => {
    expect(() => expect([1, 2]).toBeCloseToArray([1, 3])).toThrow("values differ in the returned value");
  });

  test("on a different shape, a string, a missing key", () => {
    expect(() => expect([1, 2, 3]).toBeCloseToArray([[1, 2, 3]])).toThrow("has shape (3,); expected (1, 3)");
    expect(() => expect("x").toBeCloseToArray([1])).toThrow('got a string ("x")');
    expect(() => expect({ W1 }).toBeCloseToArray({ W1, b1: [[0], [0]] })).toThrow("the returned value is missing b1");
  });

  test("NaN never equals a number or an infinity", () => {
    expect(() => expect([NaN]).toBeCloseToArray([0], { atol: Infinity, rtol: 0 })).toThrow();
    expect(() => expect([NaN]).toBeCloseToArray([Infinity])).toThrow();
    expect(() => expect([Infinity]).toBeCloseToArray([NaN])).toThrow();
  });
});

describe(".not", () => {
  test("passes when the values differ", () => {
    expect([1, 2]).not.toBeCloseToArray([1, 3]);
    expect("x").not.toBeCloseToArray(1);
    expect([1, 2, 3]).not.toBeCloseToArray([[1, 2, 3]]);
  });

  test("fails when the values agree, with a message that reads right", () => {
    expect(plain(() => expect([1, 2]).not.toBeCloseToArray([1, 2 + 1e-12]))).toThrowErrorMatchingSnapshot();
    const message = failureOf(() => expect([1, 2]).not.toBeCloseToArray([1, 2]));
    expect(message).toContain("expect(received).not.toBeCloseToArray(expected, { atol, rtol })");
    expect(message).toContain("expected the values to differ, but they agree within atol 1e-8 rtol 0.00001");
  });
});

describe("defaults: numpy's allclose (atol 1e-8, rtol 1e-5)", () => {
  test("DEFAULT_TOLERANCE", () => {
    expect(DEFAULT_TOLERANCE).toEqual({ atol: 1e-8, rtol: 1e-5 });
  });

  test("relative: 1 vs 1 + 1e-5 passes, 1 + 1.1e-5 fails", () => {
    expect([1 + 1e-5]).toBeCloseToArray([1]);
    expect([1 + 1.1e-5]).not.toBeCloseToArray([1]);
    expect([1000 + 0.01]).toBeCloseToArray([1000]);
    expect([1000 + 0.0101]).not.toBeCloseToArray([1000]);
  });

  test("absolute near zero: 1e-8 passes, 1.1e-8 fails", () => {
    expect([1e-8]).toBeCloseToArray([0]);
    expect([1.1e-8]).not.toBeCloseToArray([0]);
  });

  test("a partial tolerance keeps the other default", () => {
    expect([1.001]).toBeCloseToArray([1], { atol: 1e-3 });
    expect([0]).not.toBeCloseToArray([1e-5], { rtol: 0 }); // atol stays 1e-8
    expect(failureOf(() => expect([2]).toBeCloseToArray([1], { rtol: 0.5 }))).toContain("tolerance atol 1.0e-8 rtol 5.0e-1");
  });
});

describe("called directly", () => {
  test("without a matcher context it still returns pass and a lazy message", () => {
    const fail = toBeCloseToArray(1, 2);
    expect(fail.pass).toBe(false);
    expect(fail.message().replace(ANSI, "")).toContain("values differ in the returned value");
    const pass = toBeCloseToArray(1, 1);
    expect(pass.pass).toBe(true);
    expect(pass.message().replace(ANSI, "")).toContain("expected the values to differ");
  });
});

describe("failure messages (snapshots)", () => {
  test("values differ in a named object's key", () => {
    const expected = { W1, b1: [[0], [0]] };
    const received = {
      W1: [
        [1, 2.5, 3],
        [4, 5, 6.000001],
      ],
      b1: [[0], [0]],
    };
    expect(plain(() => expect(received).toBeCloseToArray(expected))).toThrowErrorMatchingSnapshot();
  });

  test("values differ in two keys, nested", () => {
    const expected = { parameters: { W1: [[0.48, 0.5]] }, v: { dW1: [[0, 0]] } };
    const received = { parameters: { W1: [[0.4988, 0.5]] }, v: { dW1: [[0.1, 0]] } };
    expect(plain(() => expect(received).toBeCloseToArray(expected, { atol: 1e-10, rtol: 1e-7 }))).toThrowErrorMatchingSnapshot();
  });

  test("shape mismatch: the transpose", () => {
    const received = [
      [1, 4],
      [2, 5],
      [3, 6],
    ];
    expect(plain(() => expect({ W1: received }).toBeCloseToArray({ W1 }))).toThrowErrorMatchingSnapshot();
  });

  test("shape mismatch: a flat array for a column vector", () => {
    expect(plain(() => expect([0, 0, 0]).toBeCloseToArray([[0], [0], [0]]))).toThrowErrorMatchingSnapshot();
  });

  test("type mismatch: a string", () => {
    expect(plain(() => expect("not implemented").toBeCloseToArray(W1))).toThrowErrorMatchingSnapshot();
  });

  test("NaN received", () => {
    const received = [
      [1, NaN, 3],
      [4, 5, 6],
    ];
    expect(plain(() => expect(received).toBeCloseToArray(W1))).toThrowErrorMatchingSnapshot();
  });

  test("a mathjs matrix received", () => {
    expect(plain(() => expect(matrix([[1, 2.5]])).toBeCloseToArray([[1, 2]]))).toThrowErrorMatchingSnapshot();
  });
});
