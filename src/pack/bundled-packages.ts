/**
 * What the offline harness tarball bundles: this package's manifest turned into the one npm installs
 * from the tarball (every bundled package a dependency, listed in `bundleDependencies`, no scripts, no
 * devDependencies), and the folders of `node_modules` it bundles.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { PACKAGE_ROOT } from "../fixtures/paths";
import { packageClosure } from "../grading/sandbox/dependencies";

/** The fields of a `package.json` the packs read or rewrite; the others pass through unchanged. */
export interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  /** What the tarball holds of this checkout besides `package.json`: the build and the fixture schemas. */
  files?: string[];
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** This package's `package.json`. */
export function readOwnPackage(): PackageJson {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as PackageJson;
}

/** The manifest of the tarball and the packages it bundles (`node_modules/<name>`, `/`-separated, sorted). */
export interface BundledPackages {
  pkg: PackageJson;
  folders: string[];
}

/**
 * The tarball's `package.json` and the packages to bundle: the run-time dependencies of `own` and
 * `tools`, with everything they depend on (optional platform packages such as @swc/core's native binary
 * included, as installed here), each a top-level folder of this checkout's `node_modules`. Throws a
 * `UserInputError` when a tool is not declared in `own` or a package is not installed.
 */
export function bundledPackages(own: PackageJson, tools: readonly string[]): BundledPackages {
  const roots = [...Object.keys(own.dependencies ?? {})];
  for (const tool of tools) {
    if (!own.devDependencies?.[tool] && !own.dependencies?.[tool])
      throw new UserInputError(`package.json: ${tool} must be a dependency or devDependency to build a student pack`);
    roots.push(tool);
  }
  const modules = fs.realpathSync(path.join(PACKAGE_ROOT, "node_modules"));
  for (const name of roots) {
    if (!fs.existsSync(path.join(modules, name, "package.json")))
      throw new UserInputError(`node_modules/${name} is not installed: run npm ci before exporting a pack`);
  }
  // Top-level folders only: a package nested in another's node_modules travels with its parent.
  const folders = packageClosure(roots, PACKAGE_ROOT)
    .map((dir) => path.relative(modules, dir))
    .filter((rel) => !rel.startsWith("..") && !rel.split(path.sep).includes("node_modules"))
    .map((rel) => rel.split(path.sep).join("/"));
  const dependencies: Record<string, string> = {};
  for (const name of folders)
    dependencies[name] = (JSON.parse(fs.readFileSync(path.join(modules, name, "package.json"), "utf8")) as { version: string }).version;
  const pkg: PackageJson = { ...own, dependencies, bundleDependencies: folders };
  delete pkg.scripts;
  delete pkg.devDependencies;
  return { pkg, folders };
}
