/**
 * The grading process's end of the experiment child's event channel (`events.ts`): reads file
 * descriptor 3 line by line, at most `MAX_EVENT_BYTES` in all, validates each line with ajv and hands
 * run events on as they come; the figure data is kept (once) for `figure-check.ts`. Anything else
 * (a line that is not JSON, fails the schema, a second figure event, too many bytes) makes the
 * channel malformed, with the first reason kept.
 */
import Ajv from "ajv";
import { cleanLine } from "../grading/clean-text";
import { EVENT_SCHEMA, MAX_EVENT_BYTES, type ExperimentEvent, type RunEvent } from "./events";

const validate = new Ajv({ allErrors: false, strict: false }).compile<ExperimentEvent>(EVENT_SCHEMA);

/** What the channel held once the child is gone. */
export interface ChannelResult {
  /** The figure data, if sent once (not yet checked against the experiment's schema). */
  data?: unknown;
  /** Why the channel is malformed, if it is. */
  malformed?: string;
}

/** Reads `stream` (the child's fd 3), calling `onRun` with each run event, its text cleaned. */
export class EventChannel {
  private pending: Buffer[] = [];
  private bytes = 0;
  private result: ChannelResult = {};
  private figuresSeen = false;

  constructor(private readonly onRun: (event: RunEvent) => void) {}

  /** Listens to `stream` (may be null when the child could not start). */
  attach(stream: NodeJS.ReadableStream | null): void {
    stream?.on("data", (chunk: Buffer) => this.push(chunk));
    stream?.on("error", () => undefined);
  }

  /** Takes a chunk of bytes from the child. */
  push(chunk: Buffer): void {
    if (this.result.malformed) return;
    this.bytes += chunk.length;
    if (this.bytes > MAX_EVENT_BYTES) {
      this.fail(`it sent more than ${MAX_EVENT_BYTES / 1024 / 1024} MB`);
      this.pending = [];
      return;
    }
    let start = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
      this.pending.push(chunk.subarray(start, i));
      const line = Buffer.concat(this.pending).toString("utf8");
      this.pending = [];
      start = i + 1;
      this.line(line);
      if (this.result.malformed) return;
    }
    this.pending.push(chunk.subarray(start));
  }

  /** What the channel held; call once the child has exited. */
  finish(): ChannelResult {
    if (!this.result.malformed && this.pending.some((b) => b.length > 0)) this.fail("its last line was cut off");
    return this.result;
  }

  private fail(reason: string): void {
    if (!this.result.malformed) this.result = { malformed: reason };
  }

  private line(text: string): void {
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch {
      this.fail("a line is not JSON");
      return;
    }
    if (!validate(event)) {
      const error = validate.errors?.[0];
      this.fail(`a line does not follow the event schema${error ? ` (${error.instancePath || "/"} ${error.message ?? ""})` : ""}`);
      return;
    }
    if (event.type === "figures") {
      if (this.figuresSeen) this.fail("it sent its figure data twice");
      else this.result = { data: event.data };
      this.figuresSeen = true;
      return;
    }
    this.onRun({
      type: "run",
      label: cleanLine(event.label, 200),
      status: event.status,
      ...(event.reason === undefined ? {} : { reason: cleanLine(event.reason, 500) }),
    });
  }
}
