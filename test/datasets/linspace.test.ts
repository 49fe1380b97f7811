import { readFileSync } from "node:fs";
import { join } from "node:path";
import { linspace } from "../../src/datasets";

interface LinspaceCase {
  args: [number, number, number, boolean];
  out: number[];
}
const cases = (JSON.parse(readFileSync(join(__dirname, "..", "data", "numpy-datasets.json"), "utf8")) as { linspace: LinspaceCase[] }).linspace;

describe("linspace", () => {
  // Only multiplications and additions: bit for bit equal to numpy (toEqual compares with Object.is).
  test.each(cases.map((c) => [JSON.stringify(c.args), c] as const))("np.linspace%s", (_, { args, out }) => {
    expect(linspace(...args)).toEqual(out);
  });

  test("the endpoint is stop exactly, and absent without endpoint", () => {
    expect(linspace(0, 0.3, 4).at(-1)).toBe(0.3);
    expect(linspace(0, 1, 4, false)).toEqual([0, 0.25, 0.5, 0.75]);
  });

  test("num must be a non-negative integer", () => {
    expect(() => linspace(0, 1, -1)).toThrow(new RangeError("linspace: num must be a non-negative integer, got -1"));
    expect(() => linspace(0, 1, 2.5)).toThrow(new RangeError("linspace: num must be a non-negative integer, got 2.5"));
  });
});
