/**
 * The harness as one npm tarball that installs without a registry: the build (`dist/`), and inside
 * it (`bundleDependencies`) every package it needs at run time plus jest (the students' `npm test`)
 * and TypeScript (`dnn-autograder typecheck`). Made from this checkout's build and `node_modules`; it
 * holds no answer key, case or fixture data (the package's `files` list is the build alone).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserInputError } from "../errors";
import { PACKAGE_ROOT } from "../fixtures/paths";
import { packageClosure } from "../grading/sandbox/dependencies";
import { requireFreshBuild } from "./fresh-build";

/** The packages a student project needs besides the harness's own dependencies: its test runner and type checker. */
export const STUDENT_TOOLS = ["jest", "typescript"] as const;

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  /** What npm packs (`files`): the build and the fixture schemas. */
  files?: string[];
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** This package's `package.json`. */
export function readOwnPackage(): PackageJson {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as PackageJson;
}

/**
 * The staged `package.json` and the packages to bundle: the run-time dependencies and `tools`, with
 * everything they depend on (optional platform packages such as @swc/core's native binary included, as
 * installed here), each a top-level folder of this checkout's `node_modules`.
 */
function stagedPackage(own: PackageJson, tools: readonly string[]): { pkg: PackageJson; folders: string[] } {
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

/**
 * Packs the offline harness into `destination` and returns the tarball's path
 * (`dnn-autograder-<version>.tgz`), with `tools` (default: jest and TypeScript, for a student pack)
 * bundled besides the run-time dependencies. Needs `npm` on the PATH and an up-to-date build (`npm run build`).
 */
export function packOfflineHarness(destination: string, tools: readonly string[] = STUDENT_TOOLS): string {
  requireFreshBuild();
  const own = readOwnPackage();
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-autograder-stage-"));
  try {
    for (const entry of own.files ?? ["dist"]) fs.cpSync(path.join(PACKAGE_ROOT, entry), path.join(stage, entry), { recursive: true });
    for (const file of ["README.md", "LICENSE"]) {
      if (fs.existsSync(path.join(PACKAGE_ROOT, file))) fs.copyFileSync(path.join(PACKAGE_ROOT, file), path.join(stage, file));
    }
    const { pkg, folders } = stagedPackage(own, tools);
    fs.writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    // npm packs bundled dependencies from the staged folder's node_modules: real copies of each one.
    for (const name of folders) fs.cpSync(path.join(PACKAGE_ROOT, "node_modules", name), path.join(stage, "node_modules", name), { recursive: true });
    fs.mkdirSync(destination, { recursive: true });
    const packed = spawnSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], {
      cwd: stage,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (packed.status !== 0) {
      throw new UserInputError(`npm pack failed (${packed.error?.message ?? `exit ${packed.status}`}): ${(packed.stderr ?? "").trim().split("\n").pop()}`);
    }
    const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
    return path.join(destination, filename);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
