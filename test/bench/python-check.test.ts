import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { benchPython, checkPython } from "./python-check";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-bench-python-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An executable script standing in for a Python: prints `stdout`, writes `stderr`, exits with `status`. */
function fakePython(name: string, stdout: string, stderr: string, status: number): string {
  const file = path.join(dir, name);
  fs.writeFileSync(`${file}.out`, stdout === "" ? "" : `${stdout}\n`);
  fs.writeFileSync(`${file}.err`, stderr === "" ? "" : `${stderr}\n`);
  fs.writeFileSync(file, `#!/bin/sh\ncat '${file}.out'\ncat '${file}.err' >&2\nexit ${status}\n`, { mode: 0o755 });
  return file;
}

const WITHOUT_NUMPY = ["Traceback (most recent call last):", '  File "<string>", line 1, in <module>', "ModuleNotFoundError: No module named 'numpy'"].join(
  "\n",
);

describe("benchPython", () => {
  test("PYTHON when set, python3 when unset or empty", () => {
    expect(benchPython({ PYTHON: "/opt/py/bin/python3" })).toBe("/opt/py/bin/python3");
    expect(benchPython({})).toBe("python3");
    expect(benchPython({ PYTHON: "" })).toBe("python3");
  });
});

describe("checkPython", () => {
  test("a Python that is not there: says it needs python3 with numpy, how to point PYTHON at one, and what was not found", () => {
    const missing = path.join(dir, "no-such-python3");
    const check = checkPython(missing);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toContain("needs python3 with numpy");
    expect(check.message).toContain("PYTHON=/path/to/python3 npm run bench");
    expect(check.message).toContain(`${missing} was not found.`);
  });

  test("a Python without numpy: names the import error's last line, not the traceback", () => {
    const python = fakePython("python-without-numpy", "", WITHOUT_NUMPY, 1);
    const check = checkPython(python);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toContain(`${python} cannot import numpy: ModuleNotFoundError: No module named 'numpy'.`);
    expect(check.message).toContain("PYTHON=/path/to/python3 npm run bench");
    expect(check.message).not.toContain("Traceback");
  });

  test("a Python with numpy: its version", () => {
    const python = fakePython("python-with-numpy", "2.4.6", "", 0);
    expect(checkPython(python)).toEqual({ ok: true, python, numpy: "2.4.6" });
  });
});

describe("npm run bench without numpy", () => {
  test("exits 2 with the message alone on standard error, before any benchmark and without a stack trace", () => {
    const python = fakePython("python-without-numpy-2", "", WITHOUT_NUMPY, 1);
    const r = spawnSync(process.execPath, [path.join(ROOT, "src/loader/run.js"), path.join(ROOT, "test/bench/run-bench.ts"), "--only", "initialization"], {
      cwd: ROOT,
      env: { ...process.env, PYTHON: python },
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^bench: npm run bench times each training against numpy \(OpenBLAS\) and needs python3 with numpy/);
    expect(lines[0]).toContain("PYTHON=/path/to/python3 npm run bench");
    expect(lines.slice(1)).toEqual([`${python} cannot import numpy: ModuleNotFoundError: No module named 'numpy'.`]);
  });
});
