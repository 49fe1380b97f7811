/**
 * Grades hostile submissions in strict isolation and checks that each is contained: it scores no more
 * than the same submission honestly wrong, the run does not exit 0, the attacked function's cases fail
 * with the expected message (or pass, where the attack forged only what is never scored), nothing outside the submission changed, no process of the sandbox's user
 * is left (not even a zombie), the bounds held, and the report carries no control character and none
 * of the grader's secrets. The attacks themselves are in test/submissions/hostile.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { exitCodeOf, gradeSubmission, renderConsole, renderJson, type GradeResult } from "../../src/grading";
import type { HostileSubmission } from "./hostile-corpus";
import { SUBMISSIONS } from "./corpus";

const ROOT = path.join(__dirname, "..", "..");
/** Folders whose every file must be as it was after the corpus ran. */
const WATCHED = ["fixtures", "reference", "src", "test/submissions", "node_modules/mathjs"].map((d) => path.join(ROOT, d));
const SECRET = `dnn-hostile-secret-${process.pid}`;
const BOUNDS = { assignmentMs: 8_000, submissionMs: 20_000 };
const LISTENER_PORT = 47613;
/** The longest call: the attacked functions' endless calls are cut here (the honest ones take milliseconds). */
const CALL_MS = 1_500;

/** (path, size, mtime) of every file under `dirs`, hashed. */
function treeHash(dirs: readonly string[]): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const stat = fs.lstatSync(full);
      hash.update(`${full}\0${stat.size}\0${stat.mtimeMs}\0${stat.mode}\n`);
      if (entry.isDirectory()) walk(full);
    }
  };
  for (const dir of dirs) walk(dir);
  return hash.digest("hex");
}

/** Processes (pid, state) of user `uid`. */
function processesOf(uid: number): string[] {
  const out = execFileSync("ps", ["-e", "-o", "uid=,pid=,stat=,args="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${uid} `));
}

async function noneLeft(uid: number): Promise<string[]> {
  for (let i = 0; i < 30; i++) {
    const left = processesOf(uid);
    if (left.length === 0) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
  return processesOf(uid);
}

/** A copy of the submission with its symbolic links added (see `HostileSubmission.links`). */
function prepared(entry: HostileSubmission): { dir: string; remove(): void } {
  const source = path.join(SUBMISSIONS, entry.dir);
  if (!entry.links) return { dir: source, remove: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-hostile-"));
  fs.cpSync(source, dir, { recursive: true });
  for (const [rel, target] of Object.entries(entry.links)) fs.symlinkSync(target, path.join(dir, rel));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** How many submissions are graded side by side: most of the corpus waits on call limits and bounds. */
const SIDE_BY_SIDE = 4;

interface Graded {
  result: GradeResult;
  elapsed: number;
  /** Processes of the entry's sandbox user still there after its grading. */
  left: string[];
}

/** Grades `entry` in strict isolation as user `uid`, then looks for processes of that user left behind. */
async function gradeHostile(entry: HostileSubmission, uid: number): Promise<Graded> {
  const copy = prepared(entry);
  const started = Date.now();
  let result: GradeResult;
  try {
    result = await gradeSubmission(copy.dir, {
      assignments: [entry.assignment ?? "week1/initialization"],
      isolation: "strict",
      memoryMb: 256,
      timeoutMs: CALL_MS,
      bounds: BOUNDS,
      sandboxUid: uid,
    });
  } finally {
    copy.remove();
  }
  const elapsed = Date.now() - started;
  return { result, elapsed, left: await noneLeft(uid) };
}

/**
 * Declares the tests of `entries`. They are graded side by side (`SIDE_BY_SIDE` at a time), each under a
 * sandbox user of its own (`firstUid` + its index), so that the processes each leaves behind can be told
 * apart, within this file and from the other test files running beside it.
 */
export function describeHostile(entries: readonly HostileSubmission[], firstUid: number): void {
  let before: string;
  let listener: net.Server;
  let connections = 0;
  const graded = new Map<string, Graded | { error: unknown }>();

  beforeAll(async () => {
    process.env.DNN_HOSTILE_SECRET = SECRET;
    listener = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    // Another test file may hold the port: then that file's listener counts for both.
    await new Promise<void>((resolve) => listener.once("error", () => resolve()).listen(LISTENER_PORT, "127.0.0.1", () => resolve()));
    before = treeHash(WATCHED);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < entries.length) {
        const i = next++;
        try {
          graded.set(entries[i].dir, await gradeHostile(entries[i], firstUid + i));
        } catch (error) {
          graded.set(entries[i].dir, { error });
        }
      }
    };
    await Promise.all(Array.from({ length: SIDE_BY_SIDE }, lane));
  }, 240_000);

  afterAll(() => {
    listener.close();
    delete process.env.DNN_HOSTILE_SECRET;
  });

  describe.each(entries)("$dir", (entry) => {
    const of = (): Graded => {
      const g = graded.get(entry.dir);
      if (!g) throw new Error(`${entry.dir} was not graded`);
      if ("error" in g) throw g.error;
      return g;
    };

    test("scores no more than the same submission honestly wrong, and does not exit 0", () => {
      const { result } = of();
      expect(result.header.isolation.mode).toBe("strict");
      expect(result.score).toBeLessThanOrEqual(entry.honest);
      expect(exitCodeOf(result)).not.toBe(0);
      expect(exitCodeOf(result)).not.toBe(3);
    });

    test("the attacked function's cases fail, each saying why", () => {
      const { result } = of();
      const attacked = entry.attacked ?? { fn: "initializeParametersHe", caseId: "he/course" };
      const fn = result.assignments[0].functions.find((f) => f.name === attacked.fn)!;
      expect(fn.cases.find((c) => c.id === attacked.caseId)!.message.split("\n")[0]).toMatch(entry.says);
      if (entry.says.source !== "^ok$") expect(fn.score).toBe(0);
    });

    test("the report holds no control character and none of the grader's secrets", () => {
      const { result } = of();
      const text = renderConsole(result) + renderJson(result);
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text).not.toContain(SECRET);
      expect(text.length).toBeLessThan(200_000);
    });

    test("no process is left behind and the bounds held", () => {
      const { left, elapsed } = of();
      expect(left).toEqual([]);
      expect(elapsed).toBeLessThan(BOUNDS.assignmentMs + 6_000);
    });
  });

  test("nothing outside the submissions changed, nothing reached the network", () => {
    expect(treeHash(WATCHED)).toBe(before);
    expect(connections).toBe(0);
    for (const file of ["/tmp/fill", "/tmp/pwned"]) expect(fs.existsSync(file)).toBe(false);
  });
}
