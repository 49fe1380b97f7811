/**
 * The package as npm packs it: the build alone (no answer key, no case, no fixture data, no test
 * submission), and enough for a student's project outside this checkout to type-check against it:
 * the helpers, the course's code and the contract types, with `satisfies`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

let work: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-pack-"));
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, packed.filename);
  files = packed.files.map((f) => f.path);
}, 180_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("holds the build and nothing of the answer key, the cases, the fixture data or the tests", () => {
  expect(files).toEqual(expect.arrayContaining(["package.json", "dist/index.js", "dist/index.d.ts", "dist/cli/bin.js", "dist/contracts/index.d.ts"]));
  const outside = files.filter((f) => !f.startsWith("dist/") && !f.startsWith("fixtures/schema/") && !["package.json", "README.md"].includes(f));
  expect(outside).toEqual([]);
  expect(files.filter((f) => /reference|fixtures\/(cases|data)|hidden|submissions|\.test\./.test(f))).toEqual([]);
  // Sources and maps of the build are there for stack traces; no TypeScript source is.
  expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
});

const STUDENT = `
import { RandomState, np, type Params } from "dnn-autograder";
import { forwardPropagationN } from "dnn-autograder/course/week1/gradient-checking";
import type { InitializationModule } from "dnn-autograder/contracts";
import type { OptimizationModule } from "dnn-autograder";

export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), Math.sqrt(2 / layersDims[l - 1]));
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export const initialization = {
  initializeParametersZeros: (layersDims: number[]): Params => ({ W1: np.zeros(layersDims[1], layersDims[0]) }),
  initializeParametersRandom: (layersDims: number[], rng = new RandomState(3)): Params => ({ W1: rng.randn(layersDims[1], layersDims[0]) }),
  initializeParametersHe,
} satisfies InitializationModule;

const notYet = (): never => {
  throw new Error("not implemented");
};
export const optimization = {
  updateParametersWithGd: notYet,
  randomMiniBatches: notYet,
  initializeVelocity: notYet,
  updateParametersWithMomentum: notYet,
  initializeAdam: notYet,
  updateParametersWithAdam: notYet,
  updateLr: (learningRate0: number, epochNum: number, decayRate: number) => learningRate0 / (1 + decayRate * epochNum),
  scheduleLrDecay: notYet,
} satisfies OptimizationModule;

export const cost: number = forwardPropagationN([[1], [2]], [[1]], initializeParametersHe([2, 1, 1])).cost;
`;

/** A project outside the checkout with the packed package installed (its dependencies linked from here); tsc's output and status. */
function typeCheck(source: string): { status: number | null; output: string } {
  const project = fs.mkdtempSync(path.join(work, "student-"));
  const modules = path.join(project, "node_modules");
  fs.mkdirSync(path.join(modules, "dnn-autograder"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", path.join(modules, "dnn-autograder"), "--strip-components=1"]);
  for (const entry of fs.readdirSync(path.join(ROOT, "node_modules"))) {
    if (entry.startsWith(".") || entry === "dnn-autograder") continue;
    fs.symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
  }
  fs.writeFileSync(
    path.join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, target: "ES2022", module: "node16", moduleResolution: "node16", noEmit: true, skipLibCheck: true, types: [] },
      include: ["student.ts"],
    }),
  );
  fs.writeFileSync(path.join(project, "student.ts"), source);
  const r = spawnSync(process.execPath, [TSC, "-p", project], { encoding: "utf8" });
  return { status: r.status, output: r.stdout + r.stderr };
}

test("a student's project outside the checkout type-checks against the packed package", () => {
  const { status, output } = typeCheck(STUDENT);
  expect(output).toBe("");
  expect(status).toBe(0);
}, 60_000);

test("and the types are real: a wrong signature does not type-check", () => {
  const wrong = STUDENT.replace(
    "updateLr: (learningRate0: number, epochNum: number, decayRate: number) => learningRate0 / (1 + decayRate * epochNum),",
    'updateLr: () => "fast",',
  );
  const { status, output } = typeCheck(wrong);
  expect(status).not.toBe(0);
  expect(output).toMatch(/error TS2322|error TS1360/);
}, 60_000);

test("the build's command is executable, so that npx runs it in this checkout", () => {
  expect(fs.statSync(path.join(ROOT, "dist", "cli", "bin.js")).mode & 0o111).toBe(0o111);
});
