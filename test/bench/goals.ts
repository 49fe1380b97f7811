/**
 * The goals `npm run bench` holds, and its closing table: each figure it measured (a training's
 * median TS/numpy time ratio, a command's median wall time) against its goal, and the exit code (1
 * when any figure misses its goal). A figure without a goal is reported only.
 */

/** How a figure is written: a time ratio (`0.84×`), milliseconds (`612 ms`) or seconds (`208.8 s`). */
export type FigureUnit = "×" | "ms" | "s";

/** One measured figure: its median, its goal if it has one, and what else was measured for it. */
export interface BenchOutcome {
  /** What was measured, e.g. `initialization` or `grade week3/tensorflow`. */
  name: string;
  /** The median measured, in `unit`. */
  value: number;
  unit: FigureUnit;
  /** The value it must not exceed, in `unit`; undefined for a figure that is reported only. */
  goal?: number;
  /** The other numbers behind it, e.g. `TS 840 ms, numpy 1000 ms` (may be empty). */
  detail: string;
}

/** A figure in its unit: `0.84×`, `612 ms`, `208.8 s`; `failed` for a figure that could not be measured (not finite). */
export function formatFigure(value: number, unit: FigureUnit): string {
  if (!Number.isFinite(value)) return "failed";
  if (unit === "×") return `${value.toFixed(2)}×`;
  if (unit === "ms") return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} s`;
}

/** True when the figure is at or below its goal, or has none. */
export function meetsGoal(outcome: BenchOutcome): boolean {
  return outcome.goal === undefined || outcome.value <= outcome.goal;
}

/**
 * The closing table: a line per figure with its median, goal, verdict (`ok`, `MISSED`, or `reported`
 * for a figure without a goal) and detail, then a line naming those that missed. `runs`: the timed
 * runs behind each median.
 */
export function goalTable(outcomes: readonly BenchOutcome[], runs: number): string {
  const width = Math.max(6, ...outcomes.map((o) => o.name.length));
  const cells = outcomes.map((o) => ({
    name: o.name.padEnd(width),
    value: formatFigure(o.value, o.unit),
    goal: o.goal === undefined ? "—" : `≤ ${formatFigure(o.goal, o.unit)}`,
    verdict: o.goal === undefined ? "reported" : meetsGoal(o) ? "ok" : "MISSED",
    detail: o.detail,
  }));
  const valueWidth = Math.max(6, ...cells.map((c) => c.value.length));
  const goalWidth = Math.max(4, ...cells.map((c) => c.goal.length));
  const header = `${"figure".padEnd(width)}  ${"median".padStart(valueWidth)}  ${"goal".padStart(goalWidth)}  verdict   detail`;
  const rows = cells.map((c) => `${c.name}  ${c.value.padStart(valueWidth)}  ${c.goal.padStart(goalWidth)}  ${c.verdict.padEnd(8)}  ${c.detail}`.trimEnd());
  const withGoal = outcomes.filter((o) => o.goal !== undefined);
  const missed = withGoal.filter((o) => !meetsGoal(o));
  const verdict =
    missed.length === 0
      ? `every figure met its goal`
      : `${missed.length} of ${withGoal.length} missed their goal: ${missed
          .map((o) => `${o.name} (${formatFigure(o.value, o.unit)} > ${formatFigure(o.goal!, o.unit)})`)
          .join(", ")}`;
  return [`medians of ${runs} timed runs each (a training's figure: its TS/numpy time ratio):`, header, ...rows, verdict].join("\n");
}

/** The bench's exit code: 0 when every figure met its goal, 1 otherwise. */
export function goalExitCode(outcomes: readonly BenchOutcome[]): number {
  return outcomes.every(meetsGoal) ? 0 : 1;
}
