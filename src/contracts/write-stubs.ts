/**
 * `npm run stubs`: writes what the contracts determine: the blank submission (`test/submissions/blank/`),
 * the jest graders and the README's table of assignments; a test fails while any is out of date, as
 * `fixtures check` does for the fixtures.
 */
import * as path from "node:path";
import { writeFileAtomic } from "../fixtures/write-atomic";
import { displayPath, PACKAGE_ROOT } from "../fixtures/paths";
import { ASSIGNMENTS } from "./assignments";
import { expectedReadme, graderFile, README } from "./generated";
import { blankModules } from "./stubs";

const files = [
  ...blankModules(path.join(PACKAGE_ROOT, "test", "submissions", "blank")),
  ...ASSIGNMENTS.map(graderFile),
  { file: README, text: expectedReadme() },
];
for (const { file, text } of files) {
  writeFileAtomic(file, text);
  process.stdout.write(`wrote ${displayPath(file)}\n`);
}
