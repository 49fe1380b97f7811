import { spawn } from "node:child_process";
import type { Command } from "commander";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { EXPERIMENTS, findExperiment } from "../experiments/registry";
import { displayPath, PACKAGE_ROOT } from "../fixtures/paths";
import { sandboxEnv, sandboxNodeArgs } from "../grading/sandbox/sandbox";
import { defaultSubmissionDir, findModule, resolveSubmissionDir } from "../grading/submission";
import { positiveInteger } from "./options";

/**
 * Adds `experiment NAME [DIR]`: runs a notebook's experiment on a submission's functions in a sandboxed
 * child process, whose exit code becomes the command's.
 */
export function registerExperimentCommand(program: Command): void {
  program
    .command("experiment")
    .description("run a notebook's experiment on the functions in DIR (in the sandbox)")
    .argument("<name>", EXPERIMENTS.map((e) => e.name).join(" | "))
    .argument("[dir]", "submission folder (default: reference/)")
    .option("--memory <mb>", "heap limit of the student process, in MB", positiveInteger("--memory"), 2048)
    .action(async (name: string, dir: string | undefined, opts: { memory: number }) => {
      const experiment = findExperiment(name);
      const submissionDir = resolveSubmissionDir(dir ?? defaultSubmissionDir());
      const modulePath = findModule(submissionDir, experiment.assignment);
      if (!modulePath) {
        throw new UserInputError(`${displayPath(path.join(submissionDir, experiment.assignment.module))}.ts (or .js) is missing`);
      }
      const child = spawn(
        process.execPath,
        [...sandboxNodeArgs({ submissionDir, memoryMb: opts.memory }), path.join(PACKAGE_ROOT, "src", "experiments", "child.ts"), name, modulePath],
        { cwd: submissionDir, env: sandboxEnv(submissionDir), stdio: ["ignore", "inherit", "inherit"] },
      );
      process.exitCode = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 2)));
    });
}
