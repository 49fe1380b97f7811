import type { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { runNodeScript, toolScript } from "./project-tools";

/**
 * Adds `typecheck`: a student pack's `npm run typecheck`, TypeScript's compiler on the project's
 * `tsconfig.json` (the student's modules against the contract types), emitting nothing. Exit code: tsc's.
 */
export function registerTypecheckCommand(program: Command): void {
  program
    .command("typecheck")
    .description("type-check this project's student/ modules against the assignments' contracts (tsc --noEmit)")
    .action(async () => {
      const cwd = process.cwd();
      const config = path.join(cwd, "tsconfig.json");
      if (!fs.existsSync(config)) throw new UserInputError(`${config} is missing: run typecheck from the project folder`);
      process.exitCode = await runNodeScript(toolScript("typescript/bin/tsc"), ["--noEmit", "-p", config], cwd);
    });
}
