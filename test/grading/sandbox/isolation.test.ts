/**
 * Which isolation is in force: strict fails closed with one line when bubblewrap cannot be had, auto
 * falls back to basic and says so; on this machine (bubblewrap installed by .ci/run) strict runs. A
 * grading run starts its children under the isolation it expects before any trial sandbox has run: a
 * child that comes up settles strict, one that fails leaves the decision to the trial. A grading may
 * run its children as a sandbox user of its own.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserInputError } from "../../../src/errors";
import { gradeSubmission } from "../../../src/grading";
import * as isolationModule from "../../../src/grading/sandbox/isolation";
import { resolveIsolation, SANDBOX_UID } from "../../../src/grading/sandbox/isolation";

/** A fresh instance of the isolation module (nothing settled yet), with `DNN_AUTOGRADER_BWRAP` set to `bwrap` while it is asked. */
function freshIsolation<T>(bwrap: string | undefined, use: (m: typeof isolationModule) => T): T {
  const before = process.env.DNN_AUTOGRADER_BWRAP;
  if (bwrap === undefined) delete process.env.DNN_AUTOGRADER_BWRAP;
  else process.env.DNN_AUTOGRADER_BWRAP = bwrap;
  try {
    let result: T | undefined;
    jest.isolateModules(() => {
      result = use(jest.requireActual<typeof isolationModule>("../../../src/grading/sandbox/isolation"));
    });
    return result as T;
  } finally {
    if (before === undefined) delete process.env.DNN_AUTOGRADER_BWRAP;
    else process.env.DNN_AUTOGRADER_BWRAP = before;
  }
}

const ROOT = path.join(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "src", "cli", "bin.js");

function grade(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, "grade", "-a", "week1/initialization", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

test("strict is available here and names its layers", () => {
  const isolation = resolveIsolation("strict");
  expect(isolation.mode).toBe("strict");
  expect(isolation.layers.join("; ")).toMatch(/bubblewrap namespaces .*no network/);
  expect(isolation.layers.join("; ")).toMatch(/kernel limits \(memory/);
});

test("strict without bubblewrap fails closed: exit 2, one line, nothing graded; the JSON report says why", () => {
  const r = grade({ DNN_AUTOGRADER_BWRAP: "/nonexistent/bwrap" }, "--isolation", "strict", "--format", "json");
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout)).toEqual({
    error: expect.stringMatching(/^strict isolation is not available here/),
    exitCode: 2,
    score: 0,
    maxScore: 0,
    assignments: [],
  });
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^dnn-autograder: strict isolation is not available here: a trial sandbox failed .*or grade with --isolation basic$/);
}, 120_000);

test("auto without bubblewrap grades in basic isolation and says so in the header", () => {
  const r = grade({ DNN_AUTOGRADER_BWRAP: "/nonexistent/bwrap" }, "--format", "json");
  expect(r.status).toBe(0);
  const result = JSON.parse(r.stdout);
  expect(result.header.isolation.mode).toBe("basic");
  expect(result.header.isolation.layers).toContain("Node permission model");
}, 120_000);

test("the console report ends with the isolation in force", () => {
  const r = grade({}, "--isolation", "strict");
  expect(r.status).toBe(0);
  expect(r.stdout.trim().split("\n").pop()).toMatch(/^Isolation: strict \(bubblewrap namespaces/);
}, 120_000);

test("before any trial, auto and strict expect strict where its tools are installed; basic expects nothing yet", () => {
  freshIsolation(undefined, (m) => {
    expect(m.provisionalIsolation("auto")?.mode).toBe("strict");
    expect(m.provisionalIsolation("strict")?.mode).toBe("strict");
    expect(m.provisionalIsolation("basic")).toBeUndefined();
  });
  freshIsolation("/nonexistent/bwrap", (m) => {
    // No bubblewrap at all: nothing worth assuming, the trial decides.
    expect(m.provisionalIsolation("auto")).toBeUndefined();
  });
});

test("a child of the expected isolation that came up settles strict: no trial sandbox runs after it", () => {
  // /bin/false as bubblewrap: any trial sandbox would fail, so strict resolving proves none ran.
  freshIsolation("/bin/false", (m) => {
    const expected = m.provisionalIsolation("strict")!;
    m.confirmIsolation(expected);
    const settled = m.resolveIsolation("strict");
    expect(m.sameIsolation(settled, expected)).toBe(true);
  });
  freshIsolation("/bin/false", (m) => {
    // Unconfirmed, the trial runs, fails, and strict fails closed.
    m.provisionalIsolation("strict");
    expect(() => m.resolveIsolation("strict")).toThrow(/^strict isolation is not available here: a trial sandbox failed/);
  });
});

test("confirming an isolation that was not expected, or once isolation is settled, changes nothing", () => {
  freshIsolation("/bin/false", (m) => {
    m.confirmIsolation(resolveIsolation("strict"));
    expect(() => m.resolveIsolation("strict")).toThrow(/trial sandbox failed/);
    const expected = m.provisionalIsolation("auto");
    // Settled (as basic) by the failed trial: what it expects now is that answer.
    expect(expected?.mode).toBe("basic");
    m.confirmIsolation(expected!);
    expect(m.resolveIsolation("auto").mode).toBe("basic");
  });
});

test("sameIsolation compares the mode and every layer", () => {
  freshIsolation(undefined, (m) => {
    const strict = m.resolveIsolation("strict");
    expect(m.sameIsolation(strict, m.resolveIsolation("strict"))).toBe(true);
    expect(m.sameIsolation(strict, m.resolveIsolation("basic"))).toBe(false);
    expect(m.sameIsolation(strict, { ...strict, layers: strict.layers.slice(1) })).toBe(false);
  });
});

test("auto with a bubblewrap that fails: the children started under strict are replaced, and the run grades in basic", () => {
  const r = grade({ DNN_AUTOGRADER_BWRAP: "/bin/false" }, "--format", "json");
  expect(r.status).toBe(0);
  const result = JSON.parse(r.stdout);
  expect(result.header.isolation.mode).toBe("basic");
  expect(result.score).toBe(result.maxScore);
  expect(result.maxScore).toBeGreaterThan(0);
}, 120_000);

test("strict with a bubblewrap that fails fails closed after its children failed to start", () => {
  const r = grade({ DNN_AUTOGRADER_BWRAP: "/bin/false" }, "--isolation", "strict");
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^dnn-autograder: strict isolation is not available here: a trial sandbox failed \(exit 1\)/),
  ]);
}, 120_000);

test("a grading given a sandbox user of its own runs its children as that user and names it; a bad one is one line", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dnn-sandbox-uid-"));
  try {
    fs.mkdirSync(path.join(dir, "week1"));
    const says = "export function initializeParametersHe(): never { throw new Error(`uid ${process.getuid!()}`); }\n";
    fs.writeFileSync(path.join(dir, "week1", "initialization.ts"), says);
    const uidOf = async (sandboxUid?: number) => {
      const result = await gradeSubmission(dir, { assignments: ["week1/initialization"], isolation: "strict", sandboxUid });
      const he = result.assignments[0].functions.find((f) => f.name === "initializeParametersHe")!;
      return { threw: he.cases[0].message.split("\n")[0], layers: result.header.isolation.layers };
    };
    const [own, usual] = await Promise.all([uidOf(64_321), uidOf()]);
    if (resolveIsolation("strict").layers.some((layer) => layer.startsWith("separate user"))) {
      const usualUid = Number(process.env.DNN_AUTOGRADER_SANDBOX_UID || SANDBOX_UID);
      expect(own.threw).toMatch(/^initializeParametersHe threw uid 64321 \(at initialization\.ts:/);
      expect(own.layers).toContain("separate user (uid 64321)");
      expect(usual.threw).toMatch(new RegExp(`^initializeParametersHe threw uid ${usualUid} `));
      expect(usual.layers).toContain(`separate user (uid ${usualUid})`);
    } else {
      // The sandbox's user cannot read this checkout (one under a private folder): the namespaces
      // stand alone, for every grading alike, and no header names a user.
      expect(own).toEqual(usual);
      expect(own.layers.join("; ")).not.toMatch(/separate user/);
    }
    await expect(uidOf(0)).rejects.toThrow(new UserInputError("sandboxUid: expected a positive integer user id, got 0"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
