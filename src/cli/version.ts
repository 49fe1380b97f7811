import * as fs from "node:fs";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../fixtures/paths";

/** This package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}
