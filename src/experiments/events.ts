/**
 * What the sandboxed experiment child tells the grading process on its file descriptor 3, one JSON
 * document per line: each run's outcome as it ends (for progress), then once, at the end, the figure
 * data of the runs that ran. The log itself goes to stdout. Nothing here is trusted by the grading
 * process: the whole channel is bounded (`MAX_EVENT_BYTES`), every line is validated with ajv
 * (`EVENT_SCHEMA`, then the experiment's own figure schema) and its text cleaned before use.
 */

/** The file descriptor the child writes its events to. */
export const EVENTS_FD = 3;

/** The most bytes the grading process reads from the channel; more makes the figure data malformed. */
export const MAX_EVENT_BYTES = 16 * 1024 * 1024;

/** The longest reason a run event may carry. */
export const MAX_REASON_CHARS = 2000;

/** A run ended: it ran, was skipped (unfinished work, `reason` names the function) or failed (`reason`: the error). */
export interface RunEvent {
  type: "run";
  label: string;
  status: "ran" | "skipped" | "failed";
  reason?: string;
}

/** The experiment's figure data, sent once after every run. */
export interface FiguresEvent {
  type: "figures";
  data: unknown;
}

/** One line of the channel. */
export type ExperimentEvent = RunEvent | FiguresEvent;

/** The ajv schema of one line (the figure data itself is checked against the experiment's schema). */
export const EVENT_SCHEMA = {
  oneOf: [
    {
      type: "object",
      properties: {
        type: { const: "run" },
        label: { type: "string", maxLength: 200 },
        status: { enum: ["ran", "skipped", "failed"] },
        reason: { type: "string", maxLength: MAX_REASON_CHARS },
      },
      required: ["type", "label", "status"],
      additionalProperties: false,
    },
    {
      type: "object",
      properties: { type: { const: "figures" }, data: {} },
      required: ["type", "data"],
      additionalProperties: false,
    },
  ],
} as const;
