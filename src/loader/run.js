#!/usr/bin/env node
"use strict";
// Runs a TypeScript file: `node src/loader/run.js FILE.ts [args…]`.
require("./register");
const path = require("node:path");
const [file, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(file), ...rest];
require(path.resolve(file));
