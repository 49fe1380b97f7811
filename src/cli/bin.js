#!/usr/bin/env node
"use strict";
require("../loader/register");
// TypeScript loading is for the answer key and the sources; the build is JavaScript already.
require("./main").main(process.argv);
