/**
 * A gzipped tar written with node-tar, whole or not at all: into a temporary file beside the
 * destination, renamed into place once complete. Symbolic links are followed, so a folder of links can
 * lay out an archive of files that live elsewhere without copying them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tar from "tar";
import { UserInputError } from "../errors";

/** How `writeTarballWhole` archives. */
export interface TarballOptions {
  /** The folder the entries are relative to (their names in the archive). */
  cwd: string;
  /** The files and folders (recursively) to archive, relative to `cwd`. */
  entries: string[];
  /** gzip's level, 1 (fastest) to 9 (smallest). */
  level: number;
  /** Leaves out an entry (its path relative to `cwd`, `/`-separated; a folder with all it holds) when it answers true. */
  exclude?: (entry: string, isFolder: boolean) => boolean;
}

/** npm's fixed time for the entries of the tarballs it packs: the same inputs give the same bytes. */
const ENTRY_TIME = new Date("1985-10-26T08:15:00.000Z");

/**
 * A link cache that never remembers: a file with several hard links is archived whole wherever it
 * appears, never as a link entry (npm skips link entries when it installs a tarball).
 */
class NoHardLinks extends Map<`${number}:${number}`, string> {
  override set(): this {
    return this;
  }
}

/**
 * Writes `options.entries` as a gzipped tar to `file` (its folder is created) and returns its size in
 * bytes. Throws one `UserInputError` naming the file and the cause when it cannot be written, and then
 * leaves no file behind.
 */
export function writeTarballWhole(file: string, options: TarballOptions): number {
  const temporary = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.partial`);
  const exclude = options.exclude;
  try {
    fs.mkdirSync(path.dirname(temporary), { recursive: true });
    tar.c(
      {
        sync: true,
        file: temporary,
        cwd: options.cwd,
        gzip: { level: options.level },
        portable: true,
        follow: true,
        mtime: ENTRY_TIME,
        linkCache: new NoHardLinks(),
        filter: exclude ? (entry, stat) => !exclude(entry, "isDirectory" in stat && stat.isDirectory()) : undefined,
      },
      options.entries,
    );
    fs.renameSync(temporary, file);
    return fs.statSync(file).size;
  } catch (error) {
    if (fs.existsSync(temporary)) fs.rmSync(temporary, { force: true });
    throw new UserInputError(`cannot write ${file}: ${(error as Error).message ?? String(error)}`);
  }
}
