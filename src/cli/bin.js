#!/usr/bin/env node
"use strict";
require("../loader/register");
require("./main.ts").main(process.argv);
