import * as np from "../../src/np";
import { RandomState } from "../../src/random";

/** The notebook's expression, one numpy operation at a time. */
function byOperations(A: number[][], Y: number[][]): number[][] {
  const first = np.multiply(np.negative(np.log(A)), Y);
  const second = np.multiply(np.negative(np.log(np.subtract(1, A))), np.subtract(1, Y));
  return np.add(first, second);
}

test("equals -log(A)·Y + (-log(1 - A))·(1 - Y) computed operation by operation, bit for bit", () => {
  const rng = new RandomState(4);
  const A = rng.rand(3, 57);
  const Y = np.less(rng.rand(3, 57), 0.5);
  expect(np.crossEntropyTerms(A, Y)).toEqual(byOperations(A, Y));
});

test("one log per term where it gives the same bits: edge outputs and labels still equal the operations, −0 included", () => {
  const outputs = [2 ** -1074, 1e-300, 1e-17, 0.25, 0.5, 1 - 2 ** -53, 0, -0, 1, 1.5, -0.5, NaN, Infinity, -Infinity];
  const labels = [0, -0, 1, 0.5, 2, -1, NaN];
  const A: number[] = [];
  const Y: number[] = [];
  for (const a of outputs) {
    for (const y of labels) {
      A.push(a);
      Y.push(y);
    }
  }
  expect(np.crossEntropyTerms([A], [Y])).toEqual(byOperations([A], [Y]));
});

test("a saturated output gives NaN where the label does not pick it (nansum skips it) and ∞ where it does", () => {
  const terms = np.crossEntropyTerms([[1, 0, 1, 0]], [[1, 0, 0, 1]]);
  expect(terms[0][0]).toBeNaN();
  expect(terms[0][1]).toBeNaN();
  expect(terms[0][2]).toBe(Infinity);
  expect(terms[0][3]).toBe(Infinity);
  expect(np.nansum([terms[0].slice(0, 2)])).toBe(0);
});

test("shapes must match; the message names the calling function and the argument", () => {
  expect(() => np.crossEntropyTerms([[0.5, 0.5]], [[1, 0, 1]], "computeLoss", "A3")).toThrow(
    "computeLoss: A3 has shape (1, 2) but Y has shape (1, 3); they must match",
  );
  expect(() => np.crossEntropyTerms([[0.5]], "Y" as never)).toThrow(/crossEntropyTerms: Y is not a matrix/);
});
