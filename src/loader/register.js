"use strict";
/**
 * Lets Node `require` TypeScript: every `.ts` file is transpiled in memory by swc
 * (types are stripped, not checked; `npm run typecheck` checks them). `.js` files under
 * the folders named in DNN_AUTOGRADER_TRANSPILE_JS (a path-delimited list, used for
 * student submissions) are transpiled too, so a submission may use `import`/`export`.
 *
 * "dnn-autograder" is the harness's `index` (`src/index.ts` in a checkout, `dist/index.js` in the build),
 * and "dnn-autograder/PATH" its `PATH`
 * (e.g. "dnn-autograder/course/week1/gradient-checking" for the course's provided code). Other
 * bare imports that do not resolve from the importing file (a submission outside this checkout
 * importing "mathjs") resolve from this package instead.
 */
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
/** swc, loaded on the first `.ts` file: the build is JavaScript and never needs its native binary. */
let swc;

const packageRoot = path.resolve(__dirname, "..", "..");
/** `src/` or `dist/`: the folder this loader sits in. */
const harnessDir = path.resolve(__dirname, "..");
const transpileJsUnder = (process.env.DNN_AUTOGRADER_TRANSPILE_JS || "")
  .split(path.delimiter)
  .filter(Boolean)
  .map((dir) => path.resolve(dir) + path.sep);

function transpile(source, filename) {
  swc = swc || require("@swc/core");
  return swc.transformSync(source, {
    filename,
    sourceMaps: "inline",
    jsc: { parser: { syntax: filename.endsWith(".ts") ? "typescript" : "ecmascript" }, target: "es2022" },
    module: { type: "commonjs" },
  }).code;
}

function compileWith(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
}

require.extensions[".ts"] = compileWith;
if (transpileJsUnder.length > 0) {
  const plainJs = require.extensions[".js"];
  require.extensions[".js"] = function (module, filename) {
    if (transpileJsUnder.some((dir) => filename.startsWith(dir))) compileWith(module, filename);
    else plainJs(module, filename);
  };
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === "dnn-autograder") return resolveFilename.call(this, path.join(harnessDir, "index"), parent, isMain, options);
  // "dnn-autograder/course/week1/gradient-checking" → src/course/week1/gradient-checking.ts (or its dist/ build)
  if (request.startsWith("dnn-autograder/")) {
    return resolveFilename.call(this, path.join(harnessDir, request.slice("dnn-autograder/".length)), parent, isMain, options);
  }
  try {
    return resolveFilename.call(this, request, parent, isMain, options);
  } catch (error) {
    const bare = !request.startsWith(".") && !path.isAbsolute(request);
    if (!bare || (error && error.code !== "MODULE_NOT_FOUND")) throw error;
    return resolveFilename.call(this, request, parent, isMain, { paths: [packageRoot] });
  }
};

module.exports = { transpile, packageRoot };
