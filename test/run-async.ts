/**
 * A child process awaited, not waited on: tests start independent runs (the CLI, a pack's npm
 * scripts) together (`Promise.all`, `test.concurrent`) instead of one after another, since each
 * waits on its sandboxed children much of the time.
 */
import { spawn } from "node:child_process";

/** How a child ended: its exit code (null when a signal ended it), its output and errors. */
export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout, then stderr. */
  out: string;
}

/**
 * Runs `command` with `args` in `cwd` (with `env`, default this process's; killed after `timeoutMs`
 * when given) and resolves when it ends; never rejects on a non-zero exit.
 */
export function runAsync(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], timeout: options.timeoutMs });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, out: `${stdout}${stderr}` }));
  });
}
