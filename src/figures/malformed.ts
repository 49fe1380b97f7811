/**
 * Figure data that passed its schema but still cannot be drawn (two runs with one id, a digit index
 * past the test set): the `experiment` command reports it as malformed, as it does a schema failure.
 */

/** Thrown by a figure builder for data it cannot draw; the message names the field. */
export class MalformedFigureData extends Error {
  override name = "MalformedFigureData";
}

/** Checks that the runs' ids are distinct (each names files of its own). */
export function distinctIds(runs: readonly { id: string }[], field = "runs"): void {
  const seen = new Set<string>();
  runs.forEach((run, k) => {
    if (seen.has(run.id)) throw new MalformedFigureData(`${field}/${k}/id: "${run.id}" appears twice`);
    seen.add(run.id);
  });
}
