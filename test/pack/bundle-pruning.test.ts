/** What the harness tarball leaves out of the packages it bundles, and what it keeps. */
import { isPrunedFromBundle } from "../../src/pack/bundle-pruning";

test("source maps, Bare prebuilds and .bin folders of bundled packages are left out", () => {
  expect(isPrunedFromBundle("package/node_modules/mathjs/lib/cjs/index.js.map", false)).toBe(true);
  expect(isPrunedFromBundle("package/node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js.map", false)).toBe(true);
  expect(isPrunedFromBundle("package/node_modules/bare-fs/prebuilds/linux-x64/bare-fs.bare", false)).toBe(true);
  expect(isPrunedFromBundle("package/node_modules/archiver-utils/node_modules/.bin", true)).toBe(true);
});

test("the build's own maps, the code of bundled packages and folders named like files are kept", () => {
  expect(isPrunedFromBundle("package/dist/index.js.map", false)).toBe(false);
  expect(isPrunedFromBundle("package/dist/cli/bin.js", false)).toBe(false);
  expect(isPrunedFromBundle("package/node_modules/mathjs/lib/cjs/index.js", false)).toBe(false);
  expect(isPrunedFromBundle("package/node_modules/@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.wasm", false)).toBe(false);
  expect(isPrunedFromBundle("package/node_modules/x/source.map", true)).toBe(false);
  expect(isPrunedFromBundle("package/node_modules/x/.bin", false)).toBe(false);
});
