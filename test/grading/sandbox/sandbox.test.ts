/**
 * A child started ahead of its module (`Sandbox.warm`): the first load takes it, a change of isolation
 * ends it unused without its start-up timer reaching a later child, a warm child that failed is
 * replaced at the first load, a warm child asked to prepare TensorFlow.js (when it is started, or
 * later while still warm) starts its backend before the load, and closing leaves nothing running.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveIsolation, type Isolation } from "../../../src/grading/sandbox/isolation";
import { Sandbox } from "../../../src/grading/sandbox/sandbox";
import { copySubmission, type SubmissionCopy } from "../../../src/grading/sandbox/submission-copy";

const TENSORFLOW_MODULE = `
import * as tf from "@tensorflow/tfjs-core";
export function backendName(): string {
  return tf.getBackend();
}
`;

const MODULE = `
export function answer(): number {
  return 42;
}
export function busy(ms: number): number {
  const until = Date.now() + ms;
  let turns = 0;
  while (Date.now() < until) turns++;
  return turns > 0 ? 1 : 0;
}
`;

let folder: string;
let copy: SubmissionCopy;
const sandboxes: Sandbox[] = [];

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-warm-test-"));
  fs.writeFileSync(path.join(folder, "probe.ts"), MODULE);
  fs.writeFileSync(path.join(folder, "tensorflow-probe.ts"), TENSORFLOW_MODULE);
  copy = copySubmission(folder);
});
afterEach(() => sandboxes.splice(0).forEach((s) => s.close()));
afterAll(() => {
  copy.remove();
  fs.rmSync(folder, { recursive: true, force: true });
});

function sandbox(isolation: Isolation, loadLimitMs: () => number = () => 20_000): Sandbox {
  const made = new Sandbox({ modulePath: "", copyDir: copy.dir, loadLimitMs, memoryMb: 256, cpuSeconds: 60, isolation });
  sandboxes.push(made);
  return made;
}

function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

const probe = () => path.join(copy.dir, "probe.ts");

test("a warm child comes up before any module is named, and the first load and the calls after it use it", async () => {
  const s = sandbox(resolveIsolation("auto"));
  s.warm();
  await expect(s.warmedUp()).resolves.toBe(true);
  s.useModule(probe(), () => 20_000);
  await expect(s.load()).resolves.toEqual({ ok: true, exports: { answer: "function", busy: "function" } });
  const outcome = await s.call("answer", [], 10_000);
  expect(outcome.kind).toBe("returned");
  // Taken by the load: no longer warm.
  await expect(s.warmedUp()).resolves.toBe(false);
}, 60_000);

test("another isolation ends the warm child unused, and its start-up timer ends no later child", async () => {
  // The warm child's start-up limit is short; the next child's is not.
  let first = true;
  const s = sandbox(resolveIsolation("strict"), () => (first ? ((first = false), 600) : 20_000));
  s.warm();
  s.useIsolation(resolveIsolation("basic"));
  await expect(s.warmedUp()).resolves.toBe(false);
  s.useModule(probe(), () => 20_000);
  await expect(s.load()).resolves.toMatchObject({ ok: true });
  // Runs past the moment the dropped child's timer was set for: a live timer would end this call.
  const outcome = await s.call("busy", [1500], 10_000);
  expect(outcome.kind).toBe("returned");
}, 60_000);

test("the same isolation keeps the warm child", async () => {
  const s = sandbox(resolveIsolation("auto"));
  s.warm();
  s.useIsolation(resolveIsolation("auto"));
  await expect(s.warmedUp()).resolves.toBe(true);
}, 60_000);

test("a warm child that failed to start is replaced at the first load: nothing of the module had run", async () => {
  const basic = resolveIsolation("basic");
  let spawns = 0;
  const failingFirst: Isolation = {
    ...basic,
    wrap(command) {
      spawns += 1;
      return spawns === 1 ? { file: "/bin/false", args: [] } : basic.wrap(command);
    },
  };
  const s = sandbox(failingFirst);
  s.warm();
  await expect(s.warmedUp()).resolves.toBe(false);
  s.useModule(probe(), () => 20_000);
  await expect(s.load()).resolves.toMatchObject({ ok: true });
  expect(spawns).toBe(2);
}, 60_000);

test("closing while a child is warm ends it and leaves no timer behind", async () => {
  const before = timers();
  const s = sandbox(resolveIsolation("auto"));
  s.warm();
  expect(timers()).toBe(before + 1);
  s.close();
  expect(timers()).toBe(before);
  await expect(s.warmedUp()).resolves.toBe(false);
}, 60_000);

test("a warm child asked to prepare TensorFlow.js starts that backend before the module loads; the load answers for it", async () => {
  const s = sandbox(resolveIsolation("auto"));
  s.warm("cpu");
  // The load asks for another backend: the one prepared ahead is the child's, as it would be after any load.
  s.useModule(path.join(copy.dir, "tensorflow-probe.ts"), () => 20_000, "wasm");
  const loaded = await s.load();
  expect(loaded).toMatchObject({ ok: true, exports: { backendName: "function" }, backend: { name: "cpu" } });
  const outcome = await s.call("backendName", [], 10_000);
  expect(outcome).toMatchObject({ kind: "returned", value: { kind: "string", value: "cpu" } });
}, 60_000);

test("a child warmed without a backend and asked later, still warm, prepares it: the load answers for it", async () => {
  const s = sandbox(resolveIsolation("auto"));
  s.warm();
  s.warm("cpu");
  s.useModule(path.join(copy.dir, "tensorflow-probe.ts"), () => 20_000, "wasm");
  await expect(s.load()).resolves.toMatchObject({ ok: true, backend: { name: "cpu" } });
}, 60_000);
