/**
 * Transpiling happens in the grading process, never in the sandbox: the child runs plain JavaScript
 * and needs no native code (no swc binding, no `--allow-addons`). TypeScript is stripped, not
 * type-checked, with everything `tsc` accepts (TS 5 standard decorators, enums, namespaces, parameter
 * properties, `satisfies`, `using`); ES module syntax becomes CommonJS. Source maps are inlined so
 * that a student's stack trace points at their own line.
 */
import { transformSync } from "@swc/core";

/** Which source language a file is parsed as: TypeScript for `.ts`/`.mts`/`.cts`, JavaScript otherwise. */
function syntaxOf(filename: string): "typescript" | "ecmascript" {
  return /\.[cm]?ts$/.test(filename) ? "typescript" : "ecmascript";
}

/**
 * `source` (the text of `filename`) as CommonJS JavaScript for Node 20, with an inline source map.
 * Throws swc's error (its message names the file, line and column) when the source does not parse.
 */
export function transpileSource(source: string, filename: string): string {
  const typescript = syntaxOf(filename) === "typescript";
  return transformSync(source, {
    filename,
    sourceMaps: "inline",
    inlineSourcesContent: false,
    swcrc: false,
    configFile: false,
    jsc: {
      parser: typescript ? { syntax: "typescript", decorators: true } : { syntax: "ecmascript", decorators: true },
      target: "es2022",
      transform: { decoratorVersion: "2022-03", useDefineForClassFields: true },
    },
    module: { type: "commonjs" },
  }).code;
}
