import type { Command } from "commander";
import { checkFixtures } from "../fixtures/check";
import { generateFixturesAndTiming, writeFixtures } from "../fixtures/generate";
import { displayPath } from "../fixtures/paths";

/**
 * Adds `fixtures generate` (write `fixtures/data` and the manifest from the reference) and
 * `fixtures check` (exit code 1 on any drift). `generate` also records the reference's time per case
 * in `fixtures/timing.json`, from which grading scales each call's time limit.
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
      if (report.ok) {
        process.stdout.write(`fixtures check: ${report.checked} files up to date\n`);
        return;
      }
      const count = report.problems.length === 1 ? "1 problem" : `${report.problems.length} problems`;
      const lines = [`fixtures check: ${count}`, ...report.problems.map((p) => `  ${p}`)];
      if (report.pointChanges.length > 0) lines.push("points change:", ...report.pointChanges.map((c) => `  ${c}`));
      process.stdout.write(`${lines.join("\n")}\n`);
      process.stdout.write("run `npx dnn-autograder fixtures generate` if the reference or the cases changed on purpose\n");
      process.exitCode = 1;
    });
}
