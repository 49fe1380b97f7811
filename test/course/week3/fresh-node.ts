/** A fresh Node process for week-3 tests whose subject is per process (which backend started, which package loaded). */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");

/** Runs `script` in a fresh Node with the sources loadable (from the repository's root); its last stdout line, parsed as JSON. */
export function inFreshNode(script: string): unknown {
  const r = spawnSync(process.execPath, ["-r", path.join(ROOT, "src", "loader", "register.js"), "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "null");
}
