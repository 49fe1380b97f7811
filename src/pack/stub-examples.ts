/**
 * An `@example` for each graded function of a student's stub, taken from its first public case whose
 * expected value is what the function returns (the notebook's own test, where there is one): the call with its arguments
 * summarised, and the expected result's shapes and first values. Made from the fixtures, so it is
 * always what the graders expect.
 */
import type { AssignmentContract } from "../contracts";
import { loadFixtureFile } from "../fixtures/load";
import { DEFAULT_FIXTURES_DIR } from "../fixtures/paths";

/** Checks whose case's `expected` is what the function returns (not a statistic or a probe's finding). */
const EXAMPLE_CHECKS = new Set(["values", "tf-values", "difference-verdict", "mini-batches"]);

/** At most this many characters per summarised value. */
const MAX_CHARS = 160;

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(8)));
}

/** A fixture value (its stored form) in a few characters: numbers, tensors' shapes and first values, generators. */
export function summarise(value: unknown, depth = 0): string {
  if (typeof value === "number") return number(value);
  if (typeof value === "string" || typeof value === "boolean" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length <= 6 && depth < 2) return `[${value.map((v) => summarise(v, depth + 1)).join(", ")}]`;
    return `[${value.length} items]`;
  }
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.shape) && Array.isArray(o.data)) {
      const shape = o.shape as number[];
      const data = o.data as unknown[];
      const head = data.slice(0, 3).map((v) => (typeof v === "number" ? number(v) : String(v)));
      const shown = shape.length === 0 ? head[0] : `(${shape.join(", ")}${shape.length === 1 ? "," : ""}) [${head.join(", ")}${data.length > 3 ? ", …" : ""}]`;
      return shown;
    }
    if (Object.keys(o).length === 1 && "$rng" in o) return `new RandomState(${String(o.$rng)})`;
    if (depth >= 2) return "{…}";
    const keys = Object.keys(o);
    const parts = keys.slice(0, 3).map((k) => `${k}: ${summarise(o[k], depth + 1)}`);
    return `{ ${parts.join(", ")}${keys.length > 3 ? ", …" : ""} }`;
  }
  return String(value);
}

function cut(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** For each function of `assignment` with a public values case: the example's lines (without ` * `). */
export function stubExamples(assignment: AssignmentContract, fixturesDir = DEFAULT_FIXTURES_DIR): Record<string, string[]> {
  const fixture = loadFixtureFile(fixturesDir, assignment.name, "public");
  const examples: Record<string, string[]> = {};
  for (const fn of assignment.functions) {
    const c = fixture?.cases.find((x) => x.function === fn.name && EXAMPLE_CHECKS.has(x.check ?? "values"));
    if (!c) continue;
    const args = (c.args as unknown[]).map((a) => cut(summarise(a)));
    examples[fn.name] = [`// public case ${c.id}: ${c.description}`, cut(`${fn.name}(${args.join(", ")})`), cut(`// → ${summarise(c.expected)}`)];
  }
  return examples;
}
