import type { Command } from "commander";
import { runGradebookMerge } from "./batch-command";

/** Adds `gradebook merge OUT.csv A.csv B.csv …`: joins the gradebooks of `grade --batch --shard` jobs. */
export function registerGradebookCommand(program: Command): void {
  program
    .command("gradebook")
    .description("work with gradebooks written by grade --batch")
    .command("merge")
    .description("join the gradebooks of --shard jobs into one (the same columns, each student once)")
    .argument("<out>", "the merged gradebook to write")
    .argument("<gradebooks...>", "the shards' gradebook.csv files")
    .action((out: string, gradebooks: string[]) => runGradebookMerge(out, gradebooks));
}
