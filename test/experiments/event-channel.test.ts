/**
 * The experiment child's event channel is the submission's to write to as much as the child's: the
 * grading process reads it within its bound, validates every line and keeps the figure data once.
 */
import { EventChannel } from "../../src/experiments/event-channel";
import { MAX_EVENT_BYTES, type RunEvent } from "../../src/experiments/events";

function read(...chunks: (string | Buffer)[]) {
  const runs: RunEvent[] = [];
  const channel = new EventChannel((e) => runs.push(e));
  for (const chunk of chunks) channel.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return { runs, result: channel.finish() };
}

test("run events as they come (split anywhere), then the figure data", () => {
  const { runs, result } = read(
    '{"type":"run","label":"He","sta',
    'tus":"skipped","reason":"initializeParametersHe is not implemented yet"}\n{"type":"figures","data":{"runs":[]}}\n',
  );
  expect(runs).toEqual([{ type: "run", label: "He", status: "skipped", reason: "initializeParametersHe is not implemented yet" }]);
  expect(result).toEqual({ data: { runs: [] } });
});

test("a run's label and reason are cleaned", () => {
  const { runs } = read('{"type":"run","label":"\\u001b[2JHe\\r","status":"failed","reason":"boom\\nagain"}\n');
  expect(runs).toEqual([{ type: "run", label: "He", status: "failed", reason: "boom again" }]);
});

test.each([
  ["a line that is not JSON", "hello\n", "a line is not JSON"],
  ["an unknown event", '{"type":"grade","score":100}\n', "a line does not follow the event schema (/ must have required property 'label')"],
  ["a second figure event", '{"type":"figures","data":1}\n{"type":"figures","data":2}\n', "it sent its figure data twice"],
  ["a cut last line", '{"type":"figures","data":1}\n{"type":"run"', "its last line was cut off"],
])("malformed: %s", (_what, text, reason) => {
  expect(read(text).result).toEqual({ malformed: reason });
});

test("more than 16 MB is malformed, and nothing past the bound is kept", () => {
  const { result } = read('{"type":"figures","data":"', Buffer.alloc(MAX_EVENT_BYTES, 0x61), '"}\n');
  expect(result).toEqual({ malformed: "it sent more than 16 MB" });
});
