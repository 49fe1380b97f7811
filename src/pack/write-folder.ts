/**
 * A folder written whole or not at all: its files go into a hidden sibling folder that is renamed
 * into place at the end, so an interrupted or failed export leaves nothing half-written behind.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";

/** Counts the files under `dir`. */
function countFiles(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).length;
}

/**
 * Calls `fill` on an empty staging folder beside `outDir`, then renames it to `outDir`. `outDir` must
 * not exist, or be an empty folder. Returns the absolute folder and how many files it holds.
 */
export function writeFolderWhole(outDir: string, fill: (staging: string) => void): { dir: string; files: number } {
  const dir = path.resolve(outDir);
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length > 0) {
      throw new UserInputError(`--out ${outDir}: the folder exists and is not empty; choose a new one`);
    }
  }
  let staging: string;
  try {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    staging = fs.mkdtempSync(path.join(path.dirname(dir), `.${path.basename(dir)}.partial-`));
  } catch (error) {
    throw new UserInputError(`--out ${outDir}: cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    fill(staging);
    const files = countFiles(staging);
    fs.chmodSync(staging, 0o755 & ~process.umask()); // a temporary folder starts private
    if (fs.existsSync(dir)) fs.rmdirSync(dir);
    fs.renameSync(staging, dir);
    return { dir, files };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
