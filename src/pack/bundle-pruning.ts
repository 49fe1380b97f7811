/**
 * What the harness tarball leaves out of the third-party packages it bundles: files that nothing run
 * from a pack ever loads. The harness's own build (`dist/`, with its source maps) is kept whole.
 *
 * - Source maps (`*.map`, 82 MB in 1 472 files): only read to rewrite stack traces; Node
 *   (`--enable-source-maps`, as the sandbox runs) and jest go on without a map that is missing.
 * - Bare prebuilds (`*.bare`, 5.7 MB in 52 files): native addons of the Bare runtime, loaded by its
 *   `require.addon()`; Node has no loader for them, and reaches the `bare-*` packages that hold them
 *   through no import condition of its own (tar-stream imports `bare-fs` under `bare` only).
 * - `node_modules/.bin` folders inside packages: links that npm makes again when it installs.
 */

/** Where a bundled package's files are in the tarball. */
const BUNDLED = /^package\/node_modules\//;

/** The names of files left out of the bundled packages. */
const DEAD_FILE = /\.(map|bare)$/;

/**
 * Whether the tarball entry `entry` (a path such as `package/node_modules/mathjs/lib/x.js.map`,
 * `/`-separated), a folder when `isFolder`, is left out: a source map or a Bare prebuild (files), or a
 * `.bin` folder, of a bundled package.
 */
export function isPrunedFromBundle(entry: string, isFolder: boolean): boolean {
  if (!BUNDLED.test(entry)) return false;
  const name = entry.slice(entry.lastIndexOf("/") + 1);
  return isFolder ? name === ".bin" : DEAD_FILE.test(name);
}
