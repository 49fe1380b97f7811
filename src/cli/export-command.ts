import type { Command } from "commander";
import { displayPath } from "../fixtures/paths";
import { exportStudentPack } from "../pack/student-pack";

/** Megabytes, one decimal, for messages. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Adds `export student --out DIR`: the packs an instructor hands out, made from this checkout
 * (its build, fixtures and contracts).
 */
export function registerExportCommand(program: Command): void {
  const exportCommand = program.command("export").description("make the packs an instructor hands out (from this checkout)");
  exportCommand
    .command("student")
    .description("a starter project for students: stubs, public tests, the harness installable offline")
    .requiredOption("--out <dir>", "the folder to create (must not exist, or be empty)")
    .action((opts: { out: string }) => {
      const summary = exportStudentPack(opts.out);
      process.stdout.write(
        [
          `wrote ${displayPath(summary.dir)}: ${summary.files} files, ${summary.publicCases} public cases, vendor/${summary.tarball} (${megabytes(summary.tarballBytes)})`,
          `students run: cd ${displayPath(summary.dir)} && npm install && npm test`,
          "",
        ].join("\n"),
      );
    });
}
