/**
 * Every case sees the module as if freshly loaded: a module-level generator (or any state a module
 * keeps between calls) gives each case the same result whether it runs alone (as under `jest -t`) or
 * after the others (as under `grade`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findAssignment } from "../../src/contracts";
import { loadCases } from "../../src/fixtures/load";
import { GradingSession } from "../../src/grading";

const GLOBAL_COUNTER = `(globalThis as Record<string, unknown>).gradedCalls = ((globalThis as Record<string, unknown>).gradedCalls as number ?? 0) + 1;`;

const MODULE = `
import { RandomState, np } from "dnn-autograder";
const rng = new RandomState(3); // module level: advances with every call
let calls = 0;
export function initializeParametersZeros(d: number[]) {
  calls++;
  const p: Record<string, unknown> = {};
  for (let l = 1; l < d.length; l++) { p["W" + l] = np.zeros(d[l], d[l - 1]); p["b" + l] = np.zeros(d[l], calls); }
  return p;
}
export function initializeParametersRandom(d: number[]) {
  const p: Record<string, unknown> = {};
  for (let l = 1; l < d.length; l++) { p["W" + l] = np.multiply(rng.randn(d[l], d[l - 1]), 10); p["b" + l] = np.zeros(d[l], 1); }
  return p;
}
export function initializeParametersHe(d: number[]) {
  const p: Record<string, unknown> = {};
  for (let l = 1; l < d.length; l++) { p["W" + l] = np.multiply(rng.randn(d[l], d[l - 1]), Math.sqrt(2 / d[l - 1])); p["b" + l] = np.zeros(d[l], 1); }
  return p;
}
`;

test.each([
  ["keeps its state in itself (the child stays; the module is loaded anew)", MODULE],
  ["also changes a global (each case gets a new child)", GLOBAL_COUNTER + MODULE],
])(
  "a module that %s gives each case the same result alone and after every other case",
  async (_what, source) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-order-"));
    fs.mkdirSync(path.join(dir, "week1"));
    fs.writeFileSync(path.join(dir, "week1", "initialization.ts"), source);
    const contract = findAssignment("week1/initialization");
    const cases = loadCases(contract.name);
    try {
      const together = new GradingSession(contract, dir);
      const inOrder = [];
      for (const c of cases) inOrder.push(await together.gradeCase(c));
      together.close();
      const reversed = new GradingSession(contract, dir);
      const backwards = new Map<string, Awaited<ReturnType<GradingSession["gradeCase"]>>>();
      for (const c of [...cases].reverse()) backwards.set(c.id, await reversed.gradeCase(c));
      reversed.close();
      for (const [k, c] of cases.entries()) {
        const alone = new GradingSession(contract, dir);
        const single = await alone.gradeCase(c);
        alone.close();
        const strip = (r: typeof single) => ({ passed: r.passed, message: r.message });
        expect(strip(inOrder[k])).toEqual(strip(single));
        expect(strip(backwards.get(c.id)!)).toEqual(strip(single));
      }
      // The course's own seed: the course case passes in any order (a fresh generator each time).
      expect(inOrder.find((r) => r.id === "he/course")?.passed).toBe(true);
      expect(inOrder.find((r) => r.id === "random/course")?.passed).toBe(true);
      expect(inOrder.find((r) => r.id === "zeros/course")?.passed).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
