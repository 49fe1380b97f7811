import type { Command } from "commander";

export function registerExperimentCommand(program: Command): void {
  program
    .command("experiment")
    .description("run a notebook's experiment on the functions in DIR")
    .argument("<name>", "initialization")
    .argument("[dir]", "submission folder (default: reference/)")
    .action(async () => {
      throw new Error("not yet");
    });
}
