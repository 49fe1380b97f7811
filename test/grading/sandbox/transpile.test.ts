/**
 * Both transpilers (swc, and TypeScript's transpileModule where swc's native binary is missing) turn
 * what a submission may write into the same CommonJS behaviour, and a source that does not parse into
 * one line naming its file and line.
 */
import * as path from "node:path";
import * as vm from "node:vm";
import { compileErrorText } from "../../../src/grading/sandbox/submission-copy";
import type { TranspilerName } from "../../../src/grading/sandbox/transpile";

type TranspileModule = typeof import("../../../src/grading/sandbox/transpile");

/**
 * `transpile.ts` loaded anew, its engine chosen with `DNN_AUTOGRADER_TRANSPILER` set to `name` (the
 * engine is chosen once per load, on first use).
 */
function engine(name: string | undefined): TranspileModule {
  const before = process.env.DNN_AUTOGRADER_TRANSPILER;
  let loaded: TranspileModule | undefined;
  try {
    if (name === undefined) delete process.env.DNN_AUTOGRADER_TRANSPILER;
    else process.env.DNN_AUTOGRADER_TRANSPILER = name;
    jest.isolateModules(() => {
      loaded = require("../../../src/grading/sandbox/transpile");
    });
    loaded!.transpiler();
  } finally {
    if (before === undefined) delete process.env.DNN_AUTOGRADER_TRANSPILER;
    else process.env.DNN_AUTOGRADER_TRANSPILER = before;
  }
  return loaded!;
}

/** Runs CommonJS `code` and returns its exports; `imports` answers its `require`s. */
function run(code: string, imports: Record<string, unknown> = {}): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => {
    if (!(id in imports)) throw new Error(`unexpected require of ${id}`);
    return imports[id];
  };
  vm.runInThisContext(`(function (exports, require, module) {${code}\n})`)(module.exports, require, module);
  return module.exports;
}

const SOURCE = `
import defaultThing, { scale } from "./helpers";
export enum Direction { Up = 1, Down }
export namespace Shapes { export const square = (n: number): [number, number] => [n, n]; }
export class Layer {
  constructor(public readonly units: number, private rate = 0.5) {}
  scaled(): number { return scale(this.units, this.rate); }
}
type Dims = number[];
export const dims = [2, 3] satisfies Dims;
export function withResource(): string[] {
  const log: string[] = [];
  {
    using handle = { [Symbol.dispose]: () => log.push("disposed") };
    log.push(typeof handle);
  }
  return log;
}
export const fromDefault = defaultThing.name;
`;

const HELPERS = { __esModule: true, default: { name: "helpers" }, scale: (a: number, b: number) => a * b };

describe.each<TranspilerName>(["swc", "typescript"])("the %s engine", (name) => {
  const transpile = engine(name);

  test("is the one chosen when asked for", () => {
    expect(transpile.transpiler().name).toBe(name);
  });

  test("turns enums, namespaces, parameter properties, satisfies, using and ES modules into working CommonJS", () => {
    if (typeof (Symbol as { dispose?: symbol }).dispose !== "symbol") (Symbol as { dispose?: symbol }).dispose = Symbol("Symbol.dispose");
    const exports = run(transpile.transpileSource(SOURCE, "/s/week1/module.ts"), { "./helpers": HELPERS });
    expect((exports.Direction as Record<string, unknown>).Down).toBe(2);
    expect((exports.Shapes as { square(n: number): number[] }).square(4)).toEqual([4, 4]);
    expect(new (exports.Layer as new (u: number) => { scaled(): number; units: number })(10).scaled()).toBe(5);
    expect(exports.dims).toEqual([2, 3]);
    expect((exports.withResource as () => string[])()).toEqual(["object", "disposed"]);
    expect(exports.fromDefault).toBe("helpers");
  });

  test("inlines a source map, so that stack traces point at the student's lines", () => {
    expect(transpile.transpileSource("export const x: number = 1;\n", "/s/a.ts")).toMatch(/\/\/# sourceMappingURL=data:application\/json;base64,/);
  });

  test("a source that does not parse is one line naming the file and the line", () => {
    let thrown: unknown;
    try {
      transpile.transpileSource("export const ok = 1;\nexport function broken( {\n", "/s/week1/module.ts");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeDefined();
    const text = compileErrorText(thrown, "week1/module.ts");
    expect(text).toMatch(/^week1\/module\.ts does not compile: .+ \(line [23]\)$/);
    expect(text).not.toMatch(/\n/);
  });
});

test("swc is chosen by default where its binary loads", () => {
  expect(engine(undefined).transpiler().name).toBe("swc");
});

test("an unknown DNN_AUTOGRADER_TRANSPILER is one clear line", () => {
  expect(() => engine("babel")).toThrow('DNN_AUTOGRADER_TRANSPILER must be "swc" or "typescript", not "babel"');
});

test("where swc's binary is missing, TypeScript transpiles instead", () => {
  let loaded: TranspileModule | undefined;
  jest.isolateModules(() => {
    jest.doMock("@swc/core", () => {
      throw new Error("Failed to load native binding");
    });
    loaded = require("../../../src/grading/sandbox/transpile");
  });
  expect(loaded!.transpiler().name).toBe("typescript");
  expect(loaded!.transpileSource("export const n: number = 2;", path.join("/s", "a.ts"))).toMatch(/exports\.n = 2/);
  jest.dontMock("@swc/core");
});
