/**
 * `npm run stubs`: writes what the assignments' own files determine (`generatedFiles`): the blank
 * submission (`test/submissions/blank/`), the jest graders, the README's table of assignments and the
 * index files that list every assignment's contract, experiment and benchmarks. Tests fail while any
 * is out of date, as `fixtures check` does for the fixtures. Files already up to date are left alone.
 */
import * as fs from "node:fs";
import { writeFileAtomic } from "../fixtures/write-atomic";
import { displayPath } from "../fixtures/paths";
import { generatedFiles } from "./generated";

for (const { file, text } of generatedFiles()) {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
  writeFileAtomic(file, text);
  process.stdout.write(`wrote ${displayPath(file)}\n`);
}
