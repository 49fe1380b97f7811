/**
 * Archives a folder as a zip or a gzipped tar with a kept library (archiver), written through a
 * temporary file and a rename: the archive appears whole or not at all. Files named in `executables`
 * keep mode 755 (Gradescope runs `setup.sh` and `run_autograder` as they are).
 */
import type Archiver from "archiver";
import * as fs from "node:fs";
import * as path from "node:path";

/** Writes `dir`'s files into `file` (`zip` or `tgz`); resolves to the archive's size in bytes. */
export async function archiveFolder(dir: string, file: string, format: "zip" | "tgz", executables: readonly string[] = []): Promise<number> {
  // Loaded here, not with the CLI: only the exports need it.
  const archiver = require("archiver") as typeof Archiver;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
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
        archive.file(full, { name, mode: executables.includes(name) ? 0o755 : 0o644 });
      }
      void archive.finalize();
    });
    fs.renameSync(temporary, file);
    return fs.statSync(file).size;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
