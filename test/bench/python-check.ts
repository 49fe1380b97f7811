/**
 * What `npm run bench` checks before it starts: that the Python it will run (`PYTHON`, default
 * `python3`) exists and imports numpy. Anything else is one message saying what is missing and how to
 * point the bench at a Python that has numpy.
 */
import { spawnSync } from "node:child_process";
import { lastLine } from "./last-line";

/** The Python `npm run bench` runs: `PYTHON` when set and non-empty, else `python3`. */
export function benchPython(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.PYTHON || "python3";
}

/** What the check found: numpy's version, or the one message to print instead of running. */
export type PythonCheck = { ok: true; python: string; numpy: string } | { ok: false; message: string };

const HOW =
  "npm run bench times each training against numpy (OpenBLAS) and needs python3 with numpy: install numpy (pip install numpy), " +
  "or point the bench at a Python that has it: PYTHON=/path/to/python3 npm run bench";

/** Runs `python -c "import numpy"` (10 s at most) and says whether the bench can use it. */
export function checkPython(python: string, env: NodeJS.ProcessEnv = process.env): PythonCheck {
  const result = spawnSync(python, ["-c", "import numpy; print(numpy.__version__)"], { env, encoding: "utf8", timeout: 10_000 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "was not found" : code === "EACCES" ? "cannot be run (permission denied)" : `could not be run (${result.error.message})`;
    return { ok: false, message: `${HOW}.\n${python} ${why}.` };
  }
  if (result.status !== 0) {
    const why = lastLine(result.stderr) || `exit code ${result.status ?? result.signal}`;
    return { ok: false, message: `${HOW}.\n${python} cannot import numpy: ${why}.` };
  }
  return { ok: true, python, numpy: result.stdout.trim() };
}
