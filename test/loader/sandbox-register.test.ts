/**
 * The sandbox child's preload, seen from a submission: TensorFlow.js's packages are their minified
 * ES2017 builds, one instance of each shared by the submission and the harness, on both backends.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveIsolation } from "../../src/grading/sandbox/isolation";
import { Sandbox } from "../../src/grading/sandbox/sandbox";
import { copySubmission, type SubmissionCopy } from "../../src/grading/sandbox/submission-copy";

const MODULE = `
import * as tf from "@tensorflow/tfjs-core";
import { initializers } from "@tensorflow/tfjs-layers";
import { tf as harnessTf } from "dnn-autograder/course/week3/tfjs";

/** The TensorFlow.js files loaded in this child, by package and file name. */
export function tensorflowFiles(): string[] {
  return Object.keys(require.cache)
    .filter((file) => file.includes("@tensorflow"))
    .map((file) => file.slice(file.lastIndexOf("@tensorflow") + "@tensorflow/".length).replace(/\\/dist\\//, " "))
    .sort();
}

/** Whether the submission's tfjs is the harness's, and a layers initializer draws on it. */
export function oneInstance(): boolean {
  const w = initializers.glorotNormal({ seed: 1 }).apply([3, 2]);
  return tf.engine() === harnessTf.engine() && tf.Tensor === harnessTf.Tensor && w instanceof harnessTf.Tensor;
}
`;

let folder: string;
let copy: SubmissionCopy;
const opened: Sandbox[] = [];

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-preload-test-"));
  fs.writeFileSync(path.join(folder, "probe.ts"), MODULE);
  copy = copySubmission(folder);
});
afterEach(() => opened.splice(0).forEach((s) => s.close()));
afterAll(() => {
  copy.remove();
  fs.rmSync(folder, { recursive: true, force: true });
});

test.each([
  ["wasm", "tfjs-backend-wasm tf-backend-wasm.es2017.min.js"],
  ["cpu", "tfjs-backend-cpu tf-backend-cpu.es2017.min.js"],
] as const)(
  "on the %s backend, the submission and the harness share the minified ES2017 builds",
  async (backend, backendFile) => {
    const s = new Sandbox({
      modulePath: path.join(copy.dir, "probe.ts"),
      copyDir: copy.dir,
      loadLimitMs: () => 20_000,
      memoryMb: 512,
      cpuSeconds: 60,
      isolation: resolveIsolation("auto"),
      tensorflow: backend,
    });
    opened.push(s);
    await expect(s.load()).resolves.toMatchObject({ ok: true, backend: { name: backend } });
    const files = await s.call("tensorflowFiles", [], 10_000);
    expect(files.kind).toBe("returned");
    const names = files.kind === "returned" && files.value.kind === "list" ? files.value.items.map((item) => (item.kind === "string" ? item.value : "?")) : [];
    expect(names).toEqual(expect.arrayContaining(["tfjs-core tf-core.es2017.min.js", "tfjs-layers tf-layers.es2017.min.js", backendFile]));
    expect(names.filter((name) => name.endsWith(".node.js"))).toEqual([]);
    await expect(s.call("oneInstance", [], 10_000)).resolves.toMatchObject({ kind: "returned", value: { kind: "boolean", value: true } });
  },
  60_000,
);
