/**
 * The harness as one npm tarball that installs without a registry: the build (`dist/`), and inside
 * it (`bundleDependencies`) every package it needs at run time plus jest (the students' `npm test`)
 * and TypeScript (`dnn-autograder typecheck`). Made from this checkout's build and `node_modules`; it
 * holds no answer key, case or fixture data (the package's `files` list is the build alone).
 *
 * It is laid out as npm packs a package (`package/package.json`, `package/dist/…`,
 * `package/node_modules/<name>/…`) in a folder of symbolic links to this checkout, and archived from
 * there by node-tar: nothing of `node_modules` is copied, and what no pack runs is left out of the
 * bundled packages (`bundle-pruning.ts`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../fixtures/paths";
import { bundledPackages, readOwnPackage, type PackageJson } from "./bundled-packages";
import { isPrunedFromBundle } from "./bundle-pruning";
import { requireFreshBuild } from "./fresh-build";
import { writeTarballWhole } from "./write-tarball";

/** The packages a student project needs besides the harness's own dependencies: its test runner and type checker. */
export const STUDENT_TOOLS = ["jest", "typescript"] as const;

/**
 * gzip's level for the tarball. Measured on this harness (2 cores, 190 MB in 16 000 files after
 * pruning): level 1 takes 2.9 s of CPU for 51 MB, 4 takes 3.4 s for 46 MB, 6 (npm's) 5.1 s for 44 MB, 9
 * 10.8 s for 43 MB; installing takes the same time at every level (npm's time goes to writing files).
 * Level 4 gives most of the size for little of the time.
 */
export const HARNESS_GZIP_LEVEL = 4;

/** The tarball's file name, as `npm pack` names it: `dnn-autograder-0.1.0.tgz` (`@scope/name` gives `scope-name-…`). */
export function tarballName(pkg: Pick<PackageJson, "name" | "version">): string {
  return `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`;
}

/** Links `target` (a file or folder) at `link`, making the folders above it. */
function linkTo(target: string, link: string): void {
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(target, link, fs.statSync(target).isDirectory() ? "dir" : "file");
}

/**
 * Lays out the tarball's `package/` folder in `stage`: its `package.json` written, everything else a
 * link into this checkout (the `files` of `own`, README and LICENSE, and each bundled package).
 */
function stagePackage(stage: string, pkg: PackageJson, folders: readonly string[]): void {
  const root = path.join(stage, "package");
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const entry of [...(pkg.files ?? ["dist"]), "README.md", "LICENSE"]) {
    if (fs.existsSync(path.join(PACKAGE_ROOT, entry))) linkTo(path.join(PACKAGE_ROOT, entry), path.join(root, entry));
  }
  for (const name of folders) linkTo(path.join(PACKAGE_ROOT, "node_modules", name), path.join(root, "node_modules", name));
}

/** What `packOfflineHarness` wrote: the tarball and the `package.json` inside it. */
export interface HarnessTarball {
  /** `destination/dnn-autograder-<version>.tgz`. */
  file: string;
  manifest: PackageJson;
}

/**
 * Packs the offline harness into `destination`, with `tools` (default: jest and TypeScript, for a
 * student pack) bundled besides the run-time dependencies. Needs an up-to-date build (`npm run build`);
 * the file appears whole or not at all, and any failure is a `UserInputError`.
 */
export function packOfflineHarness(destination: string, tools: readonly string[] = STUDENT_TOOLS): HarnessTarball {
  requireFreshBuild();
  const { pkg, folders } = bundledPackages(readOwnPackage(), tools);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-stage-"));
  try {
    stagePackage(stage, pkg, folders);
    const file = path.join(destination, tarballName(pkg));
    writeTarballWhole(file, { cwd: stage, entries: ["package"], level: HARNESS_GZIP_LEVEL, exclude: isPrunedFromBundle });
    return { file, manifest: pkg };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
