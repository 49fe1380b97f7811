/**
 * The `package-lock.json` a pack ships beside its `vendor/` tarball. Without one, npm unpacks the whole
 * tarball once only to read its `package.json`, then again to install it; with the tarball's entry
 * locked (version, integrity, bundled packages), it unpacks it once. npm completes the lockfile with the
 * bundled packages' entries when it installs.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import type { PackageJson } from "./bundled-packages";

/** The tarball's fields npm records in its lockfile entry. */
const LOCKED_FIELDS = ["license", "dependencies", "bin", "engines"] as const;

/** How a pack's `package.json` and lockfile name the harness tarball `name` in its `vendor/` folder: `file:vendor/<name>`. */
export function vendorSpec(name: string): string {
  return `file:vendor/${name}`;
}

/** `sha512-…`, the integrity of `file` as npm writes it. */
function integrityOf(file: string): string {
  return `sha512-${createHash("sha512").update(fs.readFileSync(file)).digest("base64")}`;
}

/**
 * The lockfile (text) of a project named `project.name` (and `project.version`, when it has one) whose
 * one dependency is `manifest.name` from the tarball `tarball` (a path), found at `spec` (`vendorSpec`).
 */
export function offlineLockfile(project: { name: string; version?: string }, manifest: PackageJson, tarball: string, spec: string): string {
  const entry: Record<string, unknown> = { version: manifest.version, resolved: spec, integrity: integrityOf(tarball) };
  if (manifest.bundleDependencies) entry.bundleDependencies = manifest.bundleDependencies;
  for (const field of LOCKED_FIELDS) if (manifest[field] !== undefined) entry[field] = manifest[field];
  const lock = {
    ...project,
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { ...project, dependencies: { [manifest.name]: spec } },
      [`node_modules/${manifest.name}`]: entry,
    },
  };
  return `${JSON.stringify(lock, null, 2)}\n`;
}
