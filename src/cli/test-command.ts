import type { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { jestArguments, runNodeScript, toolScript } from "./project-tools";

/**
 * Adds `test [jest options…]`: a student pack's `npm test`. Runs jest with the project's
 * `jest.config.js` (its graders grade `student/` on the public cases); jest's own options pass through
 * (`-t initializeParametersHe`, `--watch`). Exit code: jest's (0 every case passed, 1 otherwise).
 */
export function registerTestCommand(program: Command): void {
  program
    .command("test")
    .description("run this project's graders with jest (a student pack's npm test); jest options pass through, e.g. -t initializeParametersHe, --watch")
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .argument("[jest options...]")
    .action(async (args: string[]) => {
      const cwd = process.cwd();
      const config = path.join(cwd, "jest.config.js");
      if (!fs.existsSync(config)) {
        throw new UserInputError(`${config} is missing: run the tests from the project folder (the one holding package.json and student/)`);
      }
      process.exitCode = await runNodeScript(toolScript("jest/bin/jest"), ["--config", config, ...jestArguments(args, cwd)], cwd);
    });
}
