import type { Command } from "commander";
import { checkFixtures } from "../fixtures/check";
import { formatCheckReport } from "../fixtures/check-report";
import { generateFixturesAndTiming, writeFixtures } from "../fixtures/generate";
import { displayPath } from "../fixtures/paths";

/**
 * Adds `fixtures generate` (write `fixtures/data` and the manifest from the reference) and
 * `fixtures check` (every drift listed, the assignments whose total points change, then the count;
 * exit code 1 on any drift). `generate` also records the reference's time per case in
 * `fixtures/timing.json`, from which grading scales each call's time limit.
 */
export function registerFixturesCommand(program: Command): void {
  const fixtures = program.command("fixtures").description("regenerate or verify the fixtures from the reference");
  fixtures
    .command("generate")
    .description("run every case in fixtures/cases through reference/ and write fixtures/data and manifest.json")
    .option("-a, --assignment <name...>", "only these assignments, e.g. week1/initialization")
    .action((opts: { assignment?: string[] }) => {
      const { files, timing } = generateFixturesAndTiming({ assignments: opts.assignment });
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
