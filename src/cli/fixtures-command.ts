import type { Command } from "commander";
import { checkFixtures } from "../fixtures/check";
import { generateFixtures, writeFixtures } from "../fixtures/generate";
import { displayPath } from "../fixtures/paths";

export function registerFixturesCommand(program: Command): void {
  const fixtures = program.command("fixtures").description("regenerate or verify the fixtures from the reference");
  fixtures
    .command("generate")
    .description("run every case in fixtures/cases through reference/ and write fixtures/data and manifest.json")
    .action(() => {
      const written = writeFixtures(generateFixtures());
      for (const file of written) process.stdout.write(`wrote ${displayPath(file)}\n`);
    });
  fixtures
    .command("check")
    .description("regenerate in memory and fail on any difference from the files on disk")
    .action(() => {
      const report = checkFixtures();
      if (report.ok) {
        process.stdout.write(`fixtures check: ${report.checked} files up to date\n`);
        return;
      }
      process.stdout.write(`fixtures check: ${report.problems.length} problems\n${report.problems.map((p) => `  ${p}`).join("\n")}\n`);
      process.stdout.write("run `npx dnn-autograder fixtures generate` if the reference or the cases changed on purpose\n");
      process.exitCode = 1;
    });
}
