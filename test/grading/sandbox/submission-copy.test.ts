/**
 * The copy the sandbox sees: regular files only (a symbolic link or a socket is refused with one
 * line), sources transpiled to CommonJS by the grader (TS 5 decorators included), a file that does not
 * compile replaced by one that says so, and nothing of node_modules or .git.
 */
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { COPY_LIMITS, copySubmission, fillCopy, RefusedSubmission, reserveCopy } from "../../../src/grading/sandbox/submission-copy";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-copy-test-"));
  fs.mkdirSync(path.join(dir, "week1"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(): string {
  try {
    copySubmission(dir).remove();
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedSubmission);
    return (error as Error).message;
  }
  throw new Error("the copy was not refused");
}

test("a symbolic link anywhere in the folder is refused with one line naming it and its target", () => {
  fs.symlinkSync("/", path.join(dir, "week1", "up"));
  expect(refusal()).toBe("week1/up is a symbolic link (to /): a submission may hold regular files only");
});

test("a link to a file is refused too, even one inside the submission", () => {
  fs.writeFileSync(path.join(dir, "week1", "a.ts"), "export const a = 1;\n");
  fs.symlinkSync("a.ts", path.join(dir, "week1", "b.ts"));
  expect(refusal()).toMatch(/^week1\/b\.ts is a symbolic link \(to a\.ts\)/);
});

test("a hard link is refused: it may be a second name for a file outside the folder", () => {
  const outside = path.join(os.tmpdir(), `dnn-copy-outside-${process.pid}.json`);
  fs.writeFileSync(outside, '{"answers":[]}');
  try {
    fs.linkSync(outside, path.join(dir, "week1", "answers.json"));
    expect(refusal()).toBe("week1/answers.json is a hard link (one of 2 names of the same file): a submission may hold regular files only");
  } finally {
    fs.rmSync(outside, { force: true });
  }
});

test("a Unix socket is refused", async () => {
  const server = net.createServer();
  const socket = path.join(dir, "s.sock");
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  try {
    expect(refusal()).toMatch(/^s\.sock is not a regular file/);
  } finally {
    server.close();
  }
});

test("more files than the bound are refused", () => {
  for (let i = 0; i <= COPY_LIMITS.files; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), "");
  expect(refusal()).toBe(`the submission holds more than ${COPY_LIMITS.files} files`);
});

test("sources are transpiled (TS 5 decorators, enums, parameter properties), other files copied, node_modules left out", () => {
  fs.writeFileSync(
    path.join(dir, "week1", "initialization.ts"),
    [
      "function twice<T extends (...a: any[]) => number>(f: T, _c: ClassMethodDecoratorContext) { return function (this: unknown, ...a: any[]) { return 2 * f.apply(this, a); } as T; }",
      "enum Scale { He = 2 }",
      "class K { constructor(private readonly n: number) {} @twice scale(): number { return this.n * Scale.He; } }",
      "export const value: number = new K(3).scale();",
      "",
    ].join("\n"),
  );
  fs.writeFileSync(path.join(dir, "week1", "notes.json"), '{"a":1}');
  fs.mkdirSync(path.join(dir, "node_modules", "x"), { recursive: true });
  fs.writeFileSync(path.join(dir, "node_modules", "x", "index.js"), "");
  const copy = copySubmission(dir);
  try {
    const code = fs.readFileSync(path.join(copy.dir, "week1", "initialization.ts"), "utf8");
    expect(code).not.toMatch(/private readonly|: number/);
    const loaded: { exports: { value?: number } } = { exports: {} };
    new Function("module", "exports", "require", code)(loaded, loaded.exports, require);
    expect(loaded.exports.value).toBe(12);
    expect(fs.readFileSync(path.join(copy.dir, "week1", "notes.json"), "utf8")).toBe('{"a":1}');
    expect(fs.existsSync(path.join(copy.dir, "node_modules"))).toBe(false);
    expect(fs.statSync(path.join(copy.dir, "week1", "notes.json")).mode & 0o777).toBe(0o644);
  } finally {
    copy.remove();
  }
  expect(fs.existsSync(path.dirname(copy.dir))).toBe(false);
});

test("a file that does not compile becomes one that throws the compile error, with its line", () => {
  fs.writeFileSync(path.join(dir, "week1", "initialization.ts"), "export const a = 1;\nexport function f( {\n");
  const copy = copySubmission(dir);
  try {
    const code = fs.readFileSync(path.join(copy.dir, "week1", "initialization.ts"), "utf8");
    expect(() => new Function(code)()).toThrow(/^week1\/initialization\.ts does not compile: .+ \(line \d\)$/);
  } finally {
    copy.remove();
  }
});

test("a copy reserved ahead is an empty private folder; filling it copies the folder in; a refusal leaves it to its owner", () => {
  fs.writeFileSync(path.join(dir, "week1", "initialization.ts"), "export const value: number = 3;\n");
  const copy = reserveCopy();
  try {
    expect(fs.readdirSync(copy.dir)).toEqual([]);
    expect(fs.statSync(path.dirname(copy.dir)).mode & 0o777).toBe(0o711);
    fillCopy(copy, dir);
    expect(fs.readdirSync(path.join(copy.dir, "week1"))).toEqual(["initialization.ts"]);
  } finally {
    copy.remove();
  }
  expect(fs.existsSync(path.dirname(copy.dir))).toBe(false);
  fs.symlinkSync("/", path.join(dir, "week1", "up"));
  const refused = reserveCopy();
  try {
    expect(() => fillCopy(refused, dir)).toThrow(RefusedSubmission);
    expect(fs.existsSync(refused.dir)).toBe(true);
  } finally {
    refused.remove();
  }
});
