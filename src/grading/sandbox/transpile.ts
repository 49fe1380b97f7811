/**
 * Transpiling happens in the grading process, never in the sandbox: the child runs plain JavaScript
 * and needs no native code (no swc binding, no `--allow-addons`). TypeScript is stripped, not
 * type-checked, with everything `tsc` accepts (TS 5 standard decorators, enums, namespaces, parameter
 * properties, `satisfies`, `using`); ES module syntax becomes CommonJS. Source maps are inlined so
 * that a student's stack trace points at their own line.
 *
 * Two engines, one result: swc (fast, a native binary for each platform) and, where its binary is
 * missing (a student pack unpacked on another platform than the one it was built on), TypeScript's own
 * `transpileModule` (plain JavaScript, bundled with the pack). `DNN_AUTOGRADER_TRANSPILER=typescript`
 * (or `swc`) chooses one.
 */
import type * as SwcCore from "@swc/core";
import type * as TypeScript from "typescript";

/** A source that does not parse: what is wrong and where (1-based line and column). */
export class TranspileError extends Error {
  constructor(
    readonly what: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${what} (line ${line}, column ${column})`);
    this.name = "TranspileError";
  }
}

/** Whether `error` is a `TranspileError` (by its name and fields: the class may come from another load of this module). */
export function isTranspileError(error: unknown): error is TranspileError {
  if (!(error instanceof Error) || error.name !== "TranspileError") return false;
  const e = error as Partial<TranspileError>;
  return typeof e.what === "string" && typeof e.line === "number";
}

/** The engines `transpileSource` can use. */
export type TranspilerName = "swc" | "typescript";

type Transpile = (source: string, filename: string) => string;

/** Which source language a file is parsed as: TypeScript for `.ts`/`.mts`/`.cts`, JavaScript otherwise. */
function isTypeScript(filename: string): boolean {
  return /\.[cm]?ts$/.test(filename);
}

function swcEngine(swc: typeof SwcCore): Transpile {
  return (source, filename) => {
    const typescript = isTypeScript(filename);
    return swc.transformSync(source, {
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
  };
}

function typescriptEngine(ts: typeof TypeScript): Transpile {
  return (source, filename) => {
    const out = ts.transpileModule(source, {
      fileName: isTypeScript(filename) ? filename : `${filename}.ts`,
      reportDiagnostics: true,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        useDefineForClassFields: true,
        inlineSourceMap: true,
        inlineSources: false,
      },
    });
    const first = out.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
    if (first) {
      const at = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : { line: 0, character: 0 };
      throw new TranspileError(ts.flattenDiagnosticMessageText(first.messageText, " "), at.line + 1, at.character + 1);
    }
    return out.outputText;
  };
}

const ENGINES: Record<TranspilerName, () => Transpile> = {
  swc: () => swcEngine(require("@swc/core") as typeof SwcCore),
  typescript: () => typescriptEngine(require("typescript") as typeof TypeScript),
};

let chosen: { name: TranspilerName; transpile: Transpile } | undefined;

/**
 * The engine in force: the one `DNN_AUTOGRADER_TRANSPILER` names, else swc when its native binary
 * loads, else TypeScript. Throws one line when none can be loaded.
 */
export function transpiler(): { name: TranspilerName; transpile: Transpile } {
  if (chosen) return chosen;
  const asked = process.env.DNN_AUTOGRADER_TRANSPILER;
  if (asked !== undefined && asked !== "" && asked !== "swc" && asked !== "typescript") {
    throw new Error(`DNN_AUTOGRADER_TRANSPILER must be "swc" or "typescript", not ${JSON.stringify(asked)}`);
  }
  const order: TranspilerName[] = asked === "typescript" ? ["typescript"] : asked === "swc" ? ["swc"] : ["swc", "typescript"];
  const failures: string[] = [];
  for (const name of order) {
    try {
      chosen = { name, transpile: ENGINES[name]() };
      return chosen;
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  }
  throw new Error(`no TypeScript transpiler could be loaded (${failures.join("; ")}): reinstall the package's dependencies`);
}

/**
 * `source` (the text of `filename`) as CommonJS JavaScript for Node 20, with an inline source map.
 * Throws the engine's error when the source does not parse (swc's message names the file, line and
 * column; TypeScript's is a `TranspileError`).
 */
export function transpileSource(source: string, filename: string): string {
  return transpiler().transpile(source, filename);
}
