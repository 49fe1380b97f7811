/**
 * Part of jest's global setup (global-setup.ts): the tests that pack the package (test/package,
 * test/pack) need an up-to-date build; build once, before any of them runs, and only when `dist/` is
 * missing or older than `src/`.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { requireFreshBuild } from "../src/pack/fresh-build";

export default function buildOnce(): void {
  try {
    requireFreshBuild();
  } catch {
    execFileSync("npm", ["run", "build"], { cwd: path.join(__dirname, ".."), stdio: "ignore" });
  }
}
