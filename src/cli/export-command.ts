import type { Command } from "commander";
import { displayPath } from "../fixtures/paths";
import { exportFixturesArchive } from "../pack/fixtures-archive";
import { exportGradescopePack } from "../pack/gradescope-pack";
import { exportStudentPack } from "../pack/student-pack";

/** Megabytes, one decimal, for messages. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Adds `export student --out DIR`, `export gradescope --out FILE.zip` and `export fixtures --out
 * FILE.tar.gz`: the packs an instructor hands out, made from this checkout (its build, fixtures and contracts).
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
  exportCommand
    .command("gradescope")
    .description("a Gradescope autograder zip: setup.sh, run_autograder, the harness and every case (public and hidden)")
    .requiredOption("--out <file>", "the zip to write, e.g. autograder.zip")
    .action(async (opts: { out: string }) => {
      const s = await exportGradescopePack(opts.out);
      process.stdout.write(`wrote ${displayPath(s.file)} (${megabytes(s.bytes)}): ${s.publicCases} public and ${s.hiddenCases} hidden cases\n`);
    });
  exportCommand
    .command("fixtures")
    .description("every case's fixtures (public and hidden) as a .tar.gz, for graders that fetch the hidden cases at grading time")
    .requiredOption("--out <file>", "the archive to write, e.g. fixtures.tar.gz")
    .action(async (opts: { out: string }) => {
      const s = await exportFixturesArchive(opts.out);
      process.stdout.write(
        `wrote ${displayPath(s.file)} (${megabytes(s.bytes)}): ${s.publicCases} public and ${s.hiddenCases} hidden cases; keep it where students cannot read it\n`,
      );
    });
}
