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

/** The probe declarations below, one file each, compiled in one `tsc` run (a run per file took seconds each). */
const PROBES = {
  "missing-name": '{ first: ["a"], second: [] }',
  "name-too-many": '{ first: ["a", "b"], second: ["x"] }',
  "function-left-out": '{ first: ["a", "b"] }',
  "unknown-function": '{ first: ["a", "b"], second: [], third: [] }',
  matches: '{ first: ["a", "b"], second: [] }',
} as const;
type Probe = keyof typeof PROBES;

let compiled: Record<Probe, { ok: boolean; output: string }>;

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-define-"));
  try {
    const probes = Object.keys(PROBES) as Probe[];
    for (const probe of probes) {
      fs.writeFileSync(
        path.join(dir, `${probe}.ts`),
        [
          `import { defineAssignment } from ${JSON.stringify(path.join(ROOT, "src", "contracts", "define"))};`,
          "interface Toy { first(a: number, b?: string): number; second(): void }",
          `export const toy = defineAssignment<Toy>()({ name: "week9/toy", title: "Toy", module: "week9/toy", position: 1, params: ${PROBES[probe]} });`,
        ].join("\n"),
      );
    }
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
        "--pretty",
        "false",
        ...probes.map((probe) => path.join(dir, `${probe}.ts`)),
      ],
      { encoding: "utf8", cwd: dir },
    );
    // Each diagnostic starts at the beginning of a line with its file (relative to `dir`); its further lines are indented.
    const diagnostics: string[] = [];
    for (const line of r.stdout.split("\n")) {
      if (line === "") continue;
      if (/^\s/.test(line) && diagnostics.length > 0) diagnostics[diagnostics.length - 1] += `\n${line}`;
      else diagnostics.push(line);
    }
    const own = (probe: Probe, d: string): boolean => d.startsWith(`${probe}.ts(`);
    // A diagnostic in no probe file (in define.ts itself, say) counts against every probe, as it did when each compiled alone.
    const shared = diagnostics.filter((d) => !probes.some((probe) => own(probe, d)));
    const exited = r.status === 0 || (r.status === 2 && diagnostics.length > 0);
    compiled = Object.fromEntries(
      probes.map((probe) => {
        const mine = [...diagnostics.filter((d) => own(probe, d)), ...shared];
        return [probe, { ok: exited && mine.length === 0, output: mine.map((d) => `${d}\n`).join("") }];
      }),
    ) as typeof compiled;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test.each([
  ["a parameter missing its name", "missing-name", /Source has 1 element\(s\) but target requires 2/],
  ["a name too many", "name-too-many", /target allows only 0/],
  ["a function left out", "function-left-out", /Property 'second' is missing/],
  ["a function the module does not have", "unknown-function", /'third' does not exist/],
] as const)("%s does not compile", (_what, probe, error) => {
  const { ok, output } = compiled[probe];
  expect(ok).toBe(false);
  expect(output).toMatch(error);
});

test("a declaration that matches its interface compiles", () => {
  expect(compiled.matches).toEqual({ ok: true, output: "" });
});
