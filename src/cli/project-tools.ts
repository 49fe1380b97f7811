/**
 * The tools a student pack runs through the harness (its own dependencies, so the project needs no
 * registry): jest for `npm test` and TypeScript's `tsc` for `npm run typecheck`.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { PACKAGE_ROOT } from "../fixtures/paths";

/** The script of a tool's bin (e.g. `jest/bin/jest`), resolved from the harness's own dependencies. */
export function toolScript(request: string): string {
  try {
    return require.resolve(request, { paths: [PACKAGE_ROOT] });
  } catch {
    throw new UserInputError(`${request.split("/")[0]} is not installed with dnn-autograder: reinstall the project (npm install)`);
  }
}

/** Whether `dir` or a folder above it is a git or Mercurial working copy (jest's `--watch` needs one). */
export function underVersionControl(dir: string): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, ".git")) || fs.existsSync(path.join(d, ".hg"))) return true;
    if (path.dirname(d) === d) return false;
  }
}

/**
 * jest's arguments as given, except that `--watch` becomes `--watchAll` outside version control, where
 * jest cannot tell which files changed (it would refuse to start).
 */
export function jestArguments(args: readonly string[], cwd: string): string[] {
  if (underVersionControl(cwd)) return [...args];
  return args.map((a) => (a === "--watch" ? "--watchAll" : a));
}

/**
 * Runs `script` with Node in `cwd`, output to this terminal, passing on the signals that end this
 * process (so a stopped `npm test -- --watch` leaves no jest behind); resolves to its exit code
 * (1 when a signal ended it).
 */
export function runNodeScript(script: string, args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: "inherit" });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of signals) process.on(s, forward);
    const done = () => signals.forEach((s) => process.off(s, forward));
    child.on("error", (error) => {
      done();
      reject(error);
    });
    child.on("close", (code) => {
      done();
      resolve(code ?? 1);
    });
  });
}
