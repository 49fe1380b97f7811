/**
 * `npm run stubs`: writes the blank submission (`test/submissions/blank/`) from the contracts; a test
 * fails while it is out of date, as `fixtures check` does for the fixtures.
 */
import * as path from "node:path";
import { writeFileAtomic } from "../fixtures/write-atomic";
import { displayPath, PACKAGE_ROOT } from "../fixtures/paths";
import { blankModules } from "./stubs";

for (const { file, text } of blankModules(path.join(PACKAGE_ROOT, "test", "submissions", "blank"))) {
  writeFileAtomic(file, text);
  process.stdout.write(`wrote ${displayPath(file)}\n`);
}
