/**
 * Transpiled files kept between runs: the same text under the same name is served without loading a
 * transpiler, the output names the file by its base name only (so it serves a copy in any folder), a
 * source that does not compile is never kept, and entries unused for a week go.
 */
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as cacheModule from "../../../src/grading/sandbox/transpile-cache";

const { TRANSPILED_CACHE_DIR, transpileCached } = cacheModule;

/** A source no other run has transpiled. */
function freshSource(): string {
  return `// ${randomUUID()}\nexport const value: number = 6 * 7;\n`;
}

function entries(): string[] {
  return fs.existsSync(TRANSPILED_CACHE_DIR) ? fs.readdirSync(TRANSPILED_CACHE_DIR) : [];
}

/** The cache module in a registry where loading swc or TypeScript throws: only a cached entry can answer. */
function withoutTranspilers<T>(use: (m: typeof cacheModule) => T): T {
  let result: T | undefined;
  jest.isolateModules(() => {
    jest.doMock("@swc/core", () => {
      throw new Error("swc must not load");
    });
    jest.doMock("typescript", () => {
      throw new Error("typescript must not load");
    });
    try {
      result = use(jest.requireActual<typeof cacheModule>("../../../src/grading/sandbox/transpile-cache"));
    } finally {
      jest.unmock("@swc/core");
      jest.unmock("typescript");
    }
  });
  return result as T;
}

test("the same text under the same name is served from the cache, with no transpiler loaded", () => {
  const source = freshSource();
  const first = transpileCached(source, "initialization.ts");
  expect(first).toMatch(/exports/);
  expect(first).not.toMatch(/: number/);
  expect(withoutTranspilers((m) => m.transpileCached(source, "initialization.ts"))).toBe(first);
  // Another name or another text is another entry: it needs a transpiler.
  expect(() => withoutTranspilers((m) => m.transpileCached(source, "regularization.ts"))).toThrow(/no TypeScript transpiler could be loaded/);
  expect(() => withoutTranspilers((m) => m.transpileCached(`${source}\n`, "initialization.ts"))).toThrow(/no TypeScript transpiler could be loaded/);
});

test("the output's source map names the file by its base name only: it serves a copy in any folder", () => {
  const code = transpileCached(freshSource(), "initialization.ts");
  const map = /sourceMappingURL=data:application\/json;base64,(.*)$/m.exec(code);
  expect(map).not.toBeNull();
  expect(JSON.parse(Buffer.from(map![1], "base64").toString("utf8")).sources).toEqual(["initialization.ts"]);
});

test("a source that does not compile throws and is not kept", () => {
  const before = entries().length;
  expect(() => transpileCached(`// ${randomUUID()}\nexport function f( {\n`, "initialization.ts")).toThrow();
  expect(entries().length).toBe(before);
});

test("the first entry a process writes removes entries unused for a week, and keeps newer ones", () => {
  fs.mkdirSync(TRANSPILED_CACHE_DIR, { recursive: true });
  const old = path.join(TRANSPILED_CACHE_DIR, `test-old-${randomUUID()}.js`);
  const recent = path.join(TRANSPILED_CACHE_DIR, `test-recent-${randomUUID()}.js`);
  fs.writeFileSync(old, "");
  fs.writeFileSync(recent, "");
  const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
  fs.utimesSync(old, eightDaysAgo, eightDaysAgo);
  try {
    jest.isolateModules(() => {
      jest.requireActual<typeof cacheModule>("../../../src/grading/sandbox/transpile-cache").transpileCached(freshSource(), "initialization.ts");
    });
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
  } finally {
    fs.rmSync(old, { force: true });
    fs.rmSync(recent, { force: true });
  }
});
