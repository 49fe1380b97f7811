/**
 * An assignment's contract is declared once, beside its module's interface, and cannot drift from it:
 * a missing or unknown function, or a parameter list of the wrong length, does not compile.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ASSIGNMENTS, defineAssignment, initializationAssignment } from "../../src/contracts";

const ROOT = path.join(__dirname, "..", "..");

interface Toy {
  first(a: number, b?: string): number;
  second(): void;
}

test("functions come in the declared (the notebook's) order with their parameters' names", () => {
  const toy = defineAssignment<Toy>()({ name: "week9/toy", title: "Toy", module: "week9/toy", position: 1, params: { first: ["a", "b"], second: [] } });
  expect(toy.functions).toEqual([
    { name: "first", params: ["a", "b"] },
    { name: "second", params: [] },
  ]);
  expect(initializationAssignment.functions.map((f) => f.name)).toEqual(["initializeParametersZeros", "initializeParametersRandom", "initializeParametersHe"]);
  expect(ASSIGNMENTS.map((a) => a.name)).toEqual([
    "week1/initialization",
    "week1/regularization",
    "week1/gradient-checking",
    "week2/optimization",
    "week3/batch-norm",
    "week3/tensorflow",
  ]);
});

test("a seed parameter's default is kept on its function, for the reproducibility header", () => {
  const toy = defineAssignment<Toy>()({
    name: "week9/toy",
    title: "Toy",
    module: "week9/toy",
    position: 1,
    params: { first: ["a", "b"], second: [] },
    seedDefaults: { first: { b: 7 } },
  });
  expect(toy.functions).toEqual([
    { name: "first", params: ["a", "b"], seedDefaults: { b: 7 } },
    { name: "second", params: [] },
  ]);
  expect(initializationAssignment.functions.map((f) => f.seedDefaults)).toEqual([undefined, { rng: 3 }, { rng: 3 }]);
});

function compiles(params: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-define-"));
  try {
    const file = path.join(dir, "toy.ts");
    fs.writeFileSync(
      file,
      [
        `import { defineAssignment } from ${JSON.stringify(path.join(ROOT, "src", "contracts", "define"))};`,
        "interface Toy { first(a: number, b?: string): number; second(): void }",
        `export const toy = defineAssignment<Toy>()({ name: "week9/toy", title: "Toy", module: "week9/toy", position: 1, params: ${params} });`,
      ].join("\n"),
    );
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "typescript", "bin", "tsc"),
        "--ignoreConfig",
        "--ignoreDeprecations",
        "6.0",
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--moduleResolution",
        "node10",
        "--module",
        "commonjs",
        file,
      ],
      { encoding: "utf8", cwd: dir },
    );
    return { ok: r.status === 0, output: r.stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.each([
  ["a parameter missing its name", '{ first: ["a"], second: [] }', /Source has 1 element\(s\) but target requires 2/],
  ["a name too many", '{ first: ["a", "b"], second: ["x"] }', /target allows only 0/],
  ["a function left out", '{ first: ["a", "b"] }', /Property 'second' is missing/],
  ["a function the module does not have", '{ first: ["a", "b"], second: [], third: [] }', /'third' does not exist/],
])(
  "%s does not compile",
  (_what, params, error) => {
    const { ok, output } = compiles(params);
    expect(ok).toBe(false);
    expect(output).toMatch(error);
  },
  60_000,
);

test("a declaration that matches its interface compiles", () => {
  expect(compiles('{ first: ["a", "b"], second: [] }')).toEqual({ ok: true, output: "" });
}, 60_000);
