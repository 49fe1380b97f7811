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

/** The staged `package.json`: no scripts, no dev tools but `tools`, every dependency bundled. */
function stagedPackage(own: PackageJson, tools: readonly string[]): PackageJson {
  const dependencies = { ...own.dependencies };
  for (const tool of tools) {
    const version = own.devDependencies?.[tool] ?? own.dependencies?.[tool];
    if (!version) throw new UserInputError(`package.json: ${tool} must be a dependency or devDependency to build a student pack`);
    dependencies[tool] = version;
  }
  for (const name of Object.keys(dependencies)) {
    if (!fs.existsSync(path.join(PACKAGE_ROOT, "node_modules", name, "package.json"))) {
      throw new UserInputError(`node_modules/${name} is not installed: run npm ci before exporting a pack`);
    }
  }
  const staged: PackageJson = { ...own, dependencies, bundleDependencies: Object.keys(dependencies).sort() };
  delete staged.scripts;
  delete staged.devDependencies;
  return staged;
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
    fs.writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(stagedPackage(own, tools), null, 2)}\n`);
    // npm packs bundled dependencies from the staged folder's node_modules: this checkout's, as installed.
    fs.symlinkSync(path.join(PACKAGE_ROOT, "node_modules"), path.join(stage, "node_modules"), "dir");
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
