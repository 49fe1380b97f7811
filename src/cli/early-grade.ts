/**
 * What the bin does before it loads the command line: for `grade`, it starts the first sandboxed
 * child (`grading/early-child.ts`), so that the child's start-up overlaps the loading of commander,
 * the command and the grading engine. It reads only the options that shape the child (`--memory`,
 * `--isolation`); commander still parses and checks the whole command line, and the grading run
 * takes the child only when its settings are the ones the child was started with.
 */
import { DEFAULT_BOUNDS, submissionCpuSeconds } from "../grading/bounds";
import { discardEarlyChild, startEarlyChild } from "../grading/early-child";
import type { IsolationRequest } from "../grading/sandbox/isolation";
import { guardGraderProcess } from "../grading/sandbox/guard-grader";

/** Options after which `grade` grades no single submission: nothing is started early. */
const NOT_A_SINGLE_GRADE = new Set(["--batch", "-h", "--help"]);

/**
 * The settings of `grade`'s first child as `argv` (`process.argv`) asks for them, or undefined when
 * it is not a plain `grade` or the values do not parse (commander then reports them).
 */
export function earlyGradeSettings(argv: readonly string[]): { request: IsolationRequest; memoryMb: number } | undefined {
  if (argv[2] !== "grade") return undefined;
  let request: string = "auto";
  let memory: string | undefined;
  const args = argv.slice(3);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") break;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (NOT_A_SINGLE_GRADE.has(name)) return undefined;
    if (name !== "--memory" && name !== "--isolation") continue;
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return undefined;
    if (name === "--memory") memory = value;
    else request = value;
  }
  if (request !== "auto" && request !== "strict" && request !== "basic") return undefined;
  const { DEFAULT_MEMORY_MB } = require("../grading/sandbox/sandbox") as typeof import("../grading/sandbox/sandbox");
  const memoryMb = memory === undefined ? DEFAULT_MEMORY_MB : Number(memory);
  if (!Number.isInteger(memoryMb) || memoryMb <= 0) return undefined;
  return { request, memoryMb };
}

/**
 * Starts `grade`'s first child when `argv` is a plain `grade` (see the module comment); does nothing
 * otherwise. Never throws: whatever keeps the child from starting here, the grading run meets again
 * and reports in its own words.
 */
export function startEarlyGrade(argv: readonly string[]): void {
  try {
    const settings = earlyGradeSettings(argv);
    if (!settings) return;
    // The child comes up with the grading process guarded, as it would after `main` starts.
    guardGraderProcess();
    startEarlyChild({ ...settings, cpuSeconds: submissionCpuSeconds(DEFAULT_BOUNDS) });
  } catch {
    discardEarlyChild();
  }
}
