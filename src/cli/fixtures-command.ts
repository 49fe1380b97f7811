import type { Command } from "commander";
import { checkFixtures } from "../fixtures/check";
import { formatCheckReport } from "../fixtures/check-report";
import { generateFixturesAndTiming, writeFixtures } from "../fixtures/generate";
import { displayPath } from "../fixtures/paths";
import { fixturesProgress } from "./fixtures-progress";

/**
 * Adds `fixtures generate` (write `fixtures/data` and the manifest from the reference) and
 * `fixtures check` (every drift listed, the assignments whose total points change, then the count;
 * exit code 1 on any drift). `generate` also records the reference's time per case in
 * `fixtures/timing.json`, from which grading scales each call's time limit; it shows its progress on
 * standard error (a bar on a terminal, a line per case file otherwise).
 */
export function registerFixturesCommand(program: Command): void {
  const fixtures = program.command("fixtures").description("regenerate or verify the fixtures from the reference");
  fixtures
    .command("generate")
    .description("run every case in fixtures/cases through reference/ and write fixtures/data and manifest.json")
    .option("-a, --assignment <name...>", "only these assignments, e.g. week1/initialization")
    .action((opts: { assignment?: string[] }) => {
      const progress = fixturesProgress();
      let generated;
      try {
        generated = generateFixturesAndTiming({ assignments: opts.assignment, onProgress: (p) => progress.update(p) });
      } finally {
        progress.stop();
      }
      const { files, timing } = generated;
      const written = writeFixtures([...files, timing]);
      for (const file of written) process.stdout.write(`wrote ${displayPath(file)}\n`);
    });
  fixtures
    .command("check")
    .description("regenerate in memory and fail on any difference from the files on disk")
    .option("-a, --assignment <name...>", "only these assignments")
    .action((opts: { assignment?: string[] }) => {
      const report = checkFixtures({ assignments: opts.assignment });
      process.stdout.write(`${formatCheckReport(report).join("\n")}\n`);
      if (!report.ok) process.exitCode = 1;
    });
}
