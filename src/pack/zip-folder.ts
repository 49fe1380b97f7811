/**
 * Archives a folder as a zip or a gzipped tar with a kept library (archiver), written through a
 * temporary file and a rename: the archive appears whole or not at all. Files named in `executables`
 * keep mode 755 (Gradescope runs `setup.sh` and `run_autograder` as they are). In a zip, a file that is
 * compressed already (the harness's `.tgz`) is stored as it is: deflating its 35 MB again took 1.4 s of
 * CPU to save 0.1 %. A file that cannot be written is a `UserInputError` naming it.
 */
import type Archiver from "archiver";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";

/** Files a zip stores without deflating them again. */
const COMPRESSED = /\.(tgz|gz|zip)$/;

/** Writes `dir`'s files into `file` (`zip` or `tgz`); resolves to the archive's size in bytes. */
export async function archiveFolder(dir: string, file: string, format: "zip" | "tgz", executables: readonly string[] = []): Promise<number> {
  // Loaded here, not with the CLI: only the exports need it.
  const archiver = require("archiver") as typeof Archiver;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await new Promise<void>((resolve, reject) => {
      const output = fs.createWriteStream(temporary);
      const archive = format === "zip" ? archiver("zip", { zlib: { level: 9 } }) : archiver("tar", { gzip: true, gzipOptions: { level: 9 } });
      output.on("close", resolve);
      output.on("error", reject);
      archive.on("error", reject);
      archive.pipe(output);
      const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      for (const entry of entries.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
        const full = path.join(entry.parentPath, entry.name);
        const name = path.relative(dir, full).split(path.sep).join("/");
        // archiver's zip reads `store` from an entry's data (ZipEntryData); its types give file() the common EntryData.
        const data: Archiver.ZipEntryData = { name, mode: executables.includes(name) ? 0o755 : 0o644, store: format === "zip" && COMPRESSED.test(name) };
        archive.file(full, data);
      }
      void archive.finalize();
    });
    fs.renameSync(temporary, file);
    return fs.statSync(file).size;
  } catch (error) {
    throw new UserInputError(`cannot write ${file}: ${(error as Error).message ?? String(error)}`);
  } finally {
    if (fs.existsSync(temporary)) fs.rmSync(temporary, { force: true });
  }
}
