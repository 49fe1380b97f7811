/**
 * Which isolation is in force: strict fails closed with one line when bubblewrap cannot be had, auto
 * falls back to basic and says so; on this machine (bubblewrap installed by .ci/run) strict runs.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { resolveIsolation } from "../../../src/grading/sandbox/isolation";

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
