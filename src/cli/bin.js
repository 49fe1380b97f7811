#!/usr/bin/env node
"use strict";
require("../loader/register");
// TypeScript loading is for the answer key and the sources; the build is JavaScript already.
// `grade` starts its first sandboxed child before the rest of the command loads (see early-grade).
require("./early-grade").startEarlyGrade(process.argv);
require("./main").main(process.argv);
