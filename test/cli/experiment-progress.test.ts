/**
 * The experiment's progress: a bar on a terminal with the log scrolling above it, plain lines
 * elsewhere; colour only on a terminal and never with NO_COLOR.
 */
import { Writable } from "node:stream";
import { experimentProgress } from "../../src/cli/experiment-progress";

/** A stream that keeps what is written, a terminal or not. */
function stream(isTTY: boolean) {
  let text = "";
  const s = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text(): string };
  Object.assign(s, { isTTY, columns: 120, text: () => text });
  return s;
}

const SKIPPED = { type: "run" as const, label: "He", status: "skipped" as const, reason: "initializeParametersHe is not implemented yet" };
const saved = process.env.NO_COLOR;
afterEach(() => {
  if (saved === undefined) delete process.env.NO_COLOR;
  else process.env.NO_COLOR = saved;
});

test("not a terminal: the log as it is on stdout, one plain line per run on stderr, no escape sequence", () => {
  delete process.env.NO_COLOR;
  const [out, err] = [stream(false), stream(false)];
  const progress = experimentProgress("initialization", 3, out, err);
  progress.log("skipped the He run: initializeParametersHe is not implemented yet\n", "stdout");
  progress.run({ type: "run", label: "zeros", status: "ran" });
  progress.run(SKIPPED);
  progress.stop();
  expect(out.text()).toBe("skipped the He run: initializeParametersHe is not implemented yet\n");
  expect(err.text()).toBe("[1/3] zeros: ran\n[2/3] He: skipped (initializeParametersHe is not implemented yet)\n");
});

test("a terminal: a bar counting the runs, the log above it, a skipped run in yellow", () => {
  delete process.env.NO_COLOR;
  const [out, err] = [stream(true), stream(true)];
  const progress = experimentProgress("initialization", 3, out, err);
  progress.log("Cost after iteration 0: 0.69\nskipped the He run: initializeParametersHe is not implemented yet\n", "stdout");
  progress.run(SKIPPED);
  progress.stop();
  expect(err.text()).toContain("\u001b[33mskipped the He run: initializeParametersHe is not implemented yet\u001b[39m");
  expect(err.text()).toContain("Cost after iteration 0: 0.69");
  expect(err.text()).toMatch(/initialization \u2588+\u2591* 1\/3 runs/);
});

test("NO_COLOR: the bar in plain characters and no colour", () => {
  process.env.NO_COLOR = "1";
  const [out, err] = [stream(true), stream(true)];
  const progress = experimentProgress("initialization", 2, out, err);
  progress.log("skipped the He run: x\n", "stdout");
  progress.run(SKIPPED);
  progress.stop();
  expect(err.text()).not.toContain("\u001b[33m");
  expect(err.text()).toMatch(/initialization #+-* 1\/2 runs/);
});

test("stdout redirected while stderr is a terminal: the log goes to stdout uncoloured, the bar to stderr", () => {
  delete process.env.NO_COLOR;
  const [out, err] = [stream(false), stream(true)];
  const progress = experimentProgress("initialization", 1, out, err);
  progress.log("skipped the He run: x\n", "stdout");
  progress.run(SKIPPED);
  progress.stop();
  expect(out.text()).toBe("skipped the He run: x\n");
  expect(err.text()).toMatch(/1\/1 runs/);
});
