/**
 * The `difference-verdict` check, for a gradient check's returned difference (gradientCheck,
 * gradientCheckN). A difference near zero is rounding noise: any tiny number would pass an absolute
 * tolerance, and the exact digits depend on the order of operations. So:
 * - the verdict must match: above `threshold` (a mistake) or not, as the expected difference;
 * - above the threshold the value is compared with the case's tolerance;
 * - at or below it, the order of magnitude must match: `|log10(received / expected)| ≤ decades`
 *   (an expected 0 needs exactly 0);
 * - when the case passes `printMsg: true` (the argument named `printMsg`), exactly one of the
 *   course's two messages is printed, the one for the returned difference, with that difference;
 *   when it passes false, neither message is printed. Colours (ANSI escapes) are ignored.
 * `checkOptions`: `{ threshold = 2e-7, decades = 0.5 }` (0.5: within a factor √10 ≈ 3.2).
 */
import { format } from "node:util";
import type { FunctionContract } from "../../contracts";
import { pythonFloat } from "../../course/format";
import { FINE_MESSAGE, MISTAKE_MESSAGE } from "../../course/week1/gradient-checking";
import { decodeValue } from "../../fixtures/encode";
import type { FixtureCase } from "../../fixtures/types";
import { compareValues, formatPair, sci } from "../compare";
import { describeValue, type Described } from "../describe";
import { defineCheck } from "./define-check";
import { ANY as ANY_VALUE, objectOf, STRINGS, textsOf, type DescribedObject, type DescribedStrings } from "./report-schema";
import type { CaseCheck, ProbeContext, Verdict } from "./types";
import { expectedOf, judgeUnmutated, mismatchLines, withAdvice } from "./values";

/** The options of `difference-verdict` (see the module comment). */
export interface DifferenceOptions {
  threshold?: number;
  decades?: number;
}

/** What the probe reports: the returned difference and the lines printed. */
type Report = DescribedObject<{ difference: Described; printed: DescribedStrings }>;

const DEFAULTS = { threshold: 2e-7, decades: 0.5 };
const ANY = { atol: Infinity, rtol: 0 };

interface Rules {
  threshold: number;
  decades: number;
  tolerance: FixtureCase["tolerance"];
}

function rulesOf(fixtureCase: FixtureCase, options: DifferenceOptions): Rules {
  return { threshold: options.threshold ?? DEFAULTS.threshold, decades: options.decades ?? DEFAULTS.decades, tolerance: fixtureCase.tolerance };
}

/** Calls the graded function, collecting what it prints through console.log/info and process.stdout. */
function probe({ submitted, fn, args }: ProbeContext): unknown {
  const printed: string[] = [];
  const saved = { log: console.log, info: console.info, write: process.stdout.write };
  console.log = (...a: unknown[]) => void printed.push(format(...a));
  console.info = console.log;
  process.stdout.write = ((chunk: unknown) => (printed.push(String(chunk)), true)) as typeof process.stdout.write;
  let difference: unknown;
  try {
    difference = (submitted[fn] as (...a: unknown[]) => unknown)(...args);
  } finally {
    console.log = saved.log;
    console.info = saved.info;
    process.stdout.write = saved.write;
  }
  return {
    difference,
    printed: printed
      .join("\n")
      .split("\n")
      .filter((line) => line.trim() !== ""),
  };
}

const messageFor = (difference: number, threshold: number) => (difference > threshold ? MISTAKE_MESSAGE : FINE_MESSAGE);

/** How `received` departs from `expected` under the rules, or undefined when it does not. */
function departure(expected: number, received: number, rules: Rules): "verdict" | "value" | "magnitude" | undefined {
  if (expected > rules.threshold !== received > rules.threshold) return "verdict";
  if (expected > rules.threshold) {
    return Math.abs(received - expected) <= rules.tolerance.atol + rules.tolerance.rtol * Math.abs(expected) ? undefined : "value";
  }
  if (expected === 0 || received === 0) return expected === received ? undefined : "magnitude";
  return Math.abs(Math.log10(received / expected)) <= rules.decades ? undefined : "magnitude";
}

/** The first known mistake whose output `received` matches under the same rules. */
function likely(fixtureCase: FixtureCase, received: number, rules: Rules): string | undefined {
  for (const mistake of fixtureCase.mistakes ?? []) {
    const value = decodeValue(mistake.expected, `${fixtureCase.id}/mistakes/${mistake.id}`);
    if (typeof value === "number" && departure(value, received, rules) === undefined) return mistake.message;
  }
  return undefined;
}

function valueVerdict(fixtureCase: FixtureCase, e: number, r: number, rules: Rules): Verdict | undefined {
  const how = departure(e, r, rules);
  if (!how) return undefined;
  const hidden = fixtureCase.visibility === "hidden";
  const [es, rs] = formatPair(e, r);
  const said = (x: number) => `"${messageFor(x, rules.threshold)}"`;
  let lines: string[];
  if (how === "verdict") {
    lines = hidden
      ? [`the difference lands on the wrong side of ${sci(rules.threshold)}: it says ${said(r)} (hidden case: ${fixtureCase.description})`]
      : [`the verdict is wrong: difference = ${rs} says ${said(r)}, but the expected difference ${es} says ${said(e)} (threshold ${sci(rules.threshold)})`];
  } else if (how === "value") {
    const mismatch = compareValues(expectedOf(fixtureCase), describeValue(r), rules.tolerance);
    lines = mismatch ? mismatchLines(mismatch, fixtureCase) : [`values differ`];
  } else {
    const factor = e === 0 || r === 0 ? "" : ` (${Math.abs(Math.log10(r / e)).toFixed(1)} orders of magnitude ${r > e ? "too large" : "too small"})`;
    lines = hidden
      ? [`the difference does not have the expected order of magnitude${factor} (hidden case: ${fixtureCase.description})`]
      : [
          `the difference is not of the expected order of magnitude${factor}: expected about ${es}, received ${rs}`,
          `a difference this close to 0 is rounding noise and is graded by its verdict and its order of magnitude (within a factor ${(10 ** rules.decades).toPrecision(2)})`,
        ];
  }
  return { passed: false, stage: how === "value" ? "values" : how, lines: withAdvice(lines, fixtureCase, likely(fixtureCase, r, rules)) };
}

// eslint-disable-next-line no-control-regex -- the course's messages are coloured with ANSI escapes
const stripColours = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "").trim();
const PRINTED = new RegExp(`^(${MISTAKE_MESSAGE}|${FINE_MESSAGE}) difference = (\\S+)$`);

/** Whether the printed lines say what the course prints for the returned difference `r`. */
function printVerdict(fixtureCase: FixtureCase, fn: FunctionContract, printed: string[], r: number, rules: Rules): Verdict | undefined {
  const index = fn.params.indexOf("printMsg");
  const printMsg = index >= 0 && index < fixtureCase.args.length && fixtureCase.args[index] === true;
  const lines = printed.map(stripColours);
  const messages = lines.filter((line) => line.includes(MISTAKE_MESSAGE) || line.includes(FINE_MESSAGE));
  const want = `${messageFor(r, rules.threshold)} difference = ${pythonFloat(r)}`;
  const fail = (line: string): Verdict => ({ passed: false, stage: "printed", lines: [line] });
  if (!printMsg) return messages.length > 0 ? fail(`printMsg is false, yet ${fn.name} printed "${messages[0]}": print only when printMsg is true`) : undefined;
  if (messages.length === 0) return fail(`printMsg is true, but ${fn.name} printed no message: expected "${want}"`);
  if (messages.length > 1) return fail(`printMsg is true and ${fn.name} printed ${messages.length} messages; expected one: "${want}"`);
  const match = PRINTED.exec(messages[0]);
  if (!match) return fail(`${fn.name} printed "${messages[0]}"; expected exactly "${want}"`);
  if (match[1] !== messageFor(r, rules.threshold)) {
    return fail(
      `${fn.name} printed "${match[1]}" for its difference ${pythonFloat(r)}, which is ${r > rules.threshold ? "above" : "not above"} ${rules.threshold}: expected "${want}"`,
    );
  }
  if (Number(match[2]) !== r) return fail(`${fn.name} printed difference = ${match[2]} but returned ${pythonFloat(r)}: print the difference it returns`);
  return undefined;
}

function judge(fixtureCase: FixtureCase, fn: FunctionContract, report: Report, argsAfter: Described[], options: DifferenceOptions): Verdict {
  const rules = rulesOf(fixtureCase, options);
  const received = report.entries.difference;
  const shape = compareValues(expectedOf(fixtureCase), received, ANY);
  if (shape) return { passed: false, stage: shape.stage, lines: withAdvice(mismatchLines(shape, fixtureCase), fixtureCase) };
  const e = decodeValue(fixtureCase.expected, `${fixtureCase.id}/expected`) as number;
  const r = (received as Extract<Described, { kind: "tensor" }>).data[0];
  const printed = textsOf(report.entries.printed);
  return valueVerdict(fixtureCase, e, r, rules) ?? printVerdict(fixtureCase, fn, printed, r, rules) ?? judgeUnmutated(fixtureCase, fn, argsAfter);
}

/** The `difference-verdict` check (see the module comment). */
export const differenceVerdictCheck: CaseCheck = defineCheck<DifferenceOptions, Report>({
  name: "difference-verdict",
  options: {
    type: "object",
    properties: { threshold: { type: "number", minimum: 0 }, decades: { type: "number", exclusiveMinimum: 0 } },
    additionalProperties: false,
  },
  report: objectOf({ difference: ANY_VALUE, printed: STRINGS }),
  probe,
  // At generation: the difference alone, with the reference's printing captured rather than shown.
  expected: (context) => (probe(context) as { difference: unknown }).difference,
  judge,
});
