/** The lockfile a pack ships: the tarball's entry as npm writes it, so that npm unpacks the tarball once. */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { offlineLockfile } from "../../src/pack/offline-lockfile";

test("locks the tarball by version, integrity and bundled packages, under the project's one dependency", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-lockfile-"));
  try {
    const tarball = path.join(dir, "h-1.0.0.tgz");
    fs.writeFileSync(tarball, "not really a tarball");
    const manifest = {
      name: "h",
      version: "1.0.0",
      license: "MIT",
      dependencies: { a: "2.0.0" },
      bundleDependencies: ["a"],
      bin: { h: "bin.js" },
      files: ["dist"],
    };
    const lock = JSON.parse(offlineLockfile({ name: "course", version: "1.0.0" }, manifest, tarball, "file:vendor/h-1.0.0.tgz")) as Record<string, unknown>;
    expect(lock).toEqual({
      name: "course",
      version: "1.0.0",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "course", version: "1.0.0", dependencies: { h: "file:vendor/h-1.0.0.tgz" } },
        "node_modules/h": {
          version: "1.0.0",
          resolved: "file:vendor/h-1.0.0.tgz",
          integrity: `sha512-${createHash("sha512").update("not really a tarball").digest("base64")}`,
          bundleDependencies: ["a"],
          license: "MIT",
          dependencies: { a: "2.0.0" },
          bin: { h: "bin.js" },
        },
      },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
