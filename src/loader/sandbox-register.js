"use strict";
/**
 * The sandbox child's preload (`node -r`), plain JavaScript with no native code. Everything it loads
 * was transpiled by the grading process beforehand:
 * - the harness lives in the sandbox runtime (DNN_AUTOGRADER_RUNTIME: `dist/`, or `src/` transpiled);
 *   "dnn-autograder" is its `index.js`, "dnn-autograder/PATH" its `PATH`;
 * - the submission is a copy (DNN_AUTOGRADER_SUBMISSION) whose `.ts` files already hold JavaScript,
 *   so `.ts` is loaded like `.js` there, and nowhere else;
 * - bare imports that do not resolve from the importing file (mathjs, @tensorflow/tfjs-core) resolve
 *   from the harness's package (DNN_AUTOGRADER_PACKAGE_ROOT);
 * - TensorFlow.js's packages are their minified ES2017 builds (see `MINIFIED`).
 */
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");

const runtime = process.env.DNN_AUTOGRADER_RUNTIME || "";
const submission = (process.env.DNN_AUTOGRADER_SUBMISSION || "") + path.sep;
const packageRoot = process.env.DNN_AUTOGRADER_PACKAGE_ROOT || "";
const plainJs = require.extensions[".js"];

require.extensions[".ts"] = function (module, filename) {
  if (!filename.startsWith(submission)) throw new Error(`${filename} was not prepared for the sandbox`);
  plainJs(module, filename);
};

const resolveFilename = Module._resolveFilename;

/**
 * TensorFlow.js's packages load their minified ES2017 builds, which each package ships beside the Node
 * build its `main` names: the same version, built from the same sources, as a quarter of the text.
 * Parsing the Node builds (3.1 MB) was most of a week-3 child's start-up. Only the bare package names
 * are mapped, so the harness, the submission and tfjs's own packages all get one instance of each; a
 * package without that file keeps its `main`.
 */
const MINIFIED = {
  "@tensorflow/tfjs-core": "tf-core.es2017.min.js",
  "@tensorflow/tfjs-layers": "tf-layers.es2017.min.js",
  "@tensorflow/tfjs-backend-wasm": "tf-backend-wasm.es2017.min.js",
  "@tensorflow/tfjs-backend-cpu": "tf-backend-cpu.es2017.min.js",
};
const minifiedFound = new Map();
// Taken before any student code runs.
const exists = fs.existsSync;
const hasOwn = Object.prototype.hasOwnProperty;

function resolvePlain(request, parent, isMain, options) {
  if (request === "dnn-autograder") return path.join(runtime, "index.js");
  if (request.startsWith("dnn-autograder/")) {
    return resolveFilename.call(this, path.join(runtime, request.slice("dnn-autograder/".length)), parent, isMain, options);
  }
  try {
    return resolveFilename.call(this, request, parent, isMain, options);
  } catch (error) {
    const bare = !request.startsWith(".") && !path.isAbsolute(request);
    if (!bare || !error || error.code !== "MODULE_NOT_FOUND" || packageRoot === "") throw error;
    return resolveFilename.call(this, request, parent, isMain, { paths: [packageRoot] });
  }
}

Module._resolveFilename = function (request, parent, isMain, options) {
  const resolved = resolvePlain.call(this, request, parent, isMain, options);
  if (!hasOwn.call(MINIFIED, request)) return resolved;
  let minified = minifiedFound.get(resolved);
  if (minified === undefined) {
    const candidate = path.join(path.dirname(resolved), MINIFIED[request]);
    minified = exists(candidate) ? candidate : resolved;
    minifiedFound.set(resolved, minified);
  }
  return minified;
};

// Source maps are read for the submission's files alone (messages quote their lines): reading those of
// the harness and its dependencies (TensorFlow.js) too would double the time a child takes to start.
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (typeof filename === "string" && filename.startsWith(submission)) return compile.call(this, content, filename);
  process.setSourceMapsEnabled(false);
  try {
    return compile.call(this, content, filename);
  } finally {
    process.setSourceMapsEnabled(true);
  }
};
