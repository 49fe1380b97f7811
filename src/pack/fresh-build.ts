/**
 * The packs are made from the build (`dist/`): it must exist, and in a checkout it must be newer than
 * every source file, or the pack would hand out code that differs from what the tests ran.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { PACKAGE_ROOT } from "../fixtures/paths";

/** The newest modification time (ms) of the files under `dir`, 0 for an empty or missing folder. */
function newestFile(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Throws a `UserInputError` saying to run `npm run build` when `dist/` is missing or older than `src/`. */
export function requireFreshBuild(root = PACKAGE_ROOT): void {
  const built = path.join(root, "dist", "index.js");
  if (!fs.existsSync(built)) throw new UserInputError(`${path.join(root, "dist")} holds no build: run npm run build first`);
  const sources = newestFile(path.join(root, "src"));
  if (sources > fs.statSync(built).mtimeMs) {
    throw new UserInputError(`the build in ${path.join(root, "dist")} is older than src/: run npm run build first`);
  }
}
