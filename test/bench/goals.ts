/**
 * The goals `npm run bench` holds: each benchmark's median TS/numpy time ratio against its `goal`,
 * a table of all of them, and the exit code (1 when any ratio misses its goal).
 */

/** One benchmark's outcome: its median ratio over the alternating runs, and its goal. */
export interface BenchOutcome {
  name: string;
  /** Median TS/numpy time ratio. */
  ratio: number;
  /** The ratio it must not exceed. */
  goal: number;
  /** Median times, ms. */
  tsMs: number;
  numpyMs: number;
}

/** True when the median ratio is at or below the goal. */
export function meetsGoal(outcome: BenchOutcome): boolean {
  return outcome.ratio <= outcome.goal;
}

/** The closing table: one line per benchmark with its ratio, goal, times and whether it met the goal. */
export function goalTable(outcomes: readonly BenchOutcome[], runs: number): string {
  const width = Math.max(9, ...outcomes.map((o) => o.name.length));
  const header = `${"benchmark".padEnd(width)}  ${"ratio".padStart(7)}  ${"goal".padStart(7)}  ${"TS ms".padStart(8)}  ${"numpy ms".padStart(8)}`;
  const rows = outcomes.map(
    (o) =>
      `${o.name.padEnd(width)}  ${`${o.ratio.toFixed(2)}×`.padStart(7)}  ${`≤ ${o.goal.toFixed(2)}`.padStart(7)}  ${o.tsMs.toFixed(0).padStart(8)}  ` +
      `${o.numpyMs.toFixed(0).padStart(8)}  ${meetsGoal(o) ? "ok" : "MISSED"}`,
  );
  const missed = outcomes.filter((o) => !meetsGoal(o));
  const verdict =
    missed.length === 0
      ? `every benchmark met its goal`
      : `${missed.length} of ${outcomes.length} missed their goal: ${missed.map((o) => `${o.name} (${o.ratio.toFixed(2)}× > ${o.goal.toFixed(2)}×)`).join(", ")}`;
  return [`median TS/numpy time ratio, ${runs} alternating runs each:`, header, ...rows, verdict].join("\n");
}

/** The bench's exit code: 0 when every ratio met its goal, 1 otherwise. */
export function goalExitCode(outcomes: readonly BenchOutcome[]): number {
  return outcomes.every(meetsGoal) ? 0 : 1;
}
