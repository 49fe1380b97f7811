/**
 * The packages the sandbox shows are the harness's own and those each contract declares, so that a
 * new assignment adds its packages in its own contract; each is found as a real folder.
 */
import * as fs from "node:fs";
import { ASSIGNMENTS } from "../../../src/contracts";
import { CHILD_PACKAGES, childPackageFolders, HARNESS_CHILD_PACKAGES } from "../../../src/grading/sandbox/dependencies";

test("the harness's packages, then each assignment's as its contract declares them, once each", () => {
  expect(CHILD_PACKAGES.slice(0, HARNESS_CHILD_PACKAGES.length)).toEqual(HARNESS_CHILD_PACKAGES);
  for (const assignment of ASSIGNMENTS) for (const name of assignment.packages) expect(CHILD_PACKAGES).toContain(name);
  expect(new Set(CHILD_PACKAGES).size).toBe(CHILD_PACKAGES.length);
  expect(ASSIGNMENTS.find((a) => a.name === "week3/tensorflow")!.packages).toEqual(
    expect.arrayContaining(["@tensorflow/tfjs-core", "@tensorflow/tfjs-backend-cpu", "@tensorflow/tfjs-backend-wasm", "@tensorflow/tfjs-layers", "mnist"]),
  );
});

test("every declared package and its dependencies are real folders", () => {
  const folders = childPackageFolders();
  for (const name of CHILD_PACKAGES) expect(folders.some((dir) => dir.endsWith(`/node_modules/${name}`))).toBe(true);
  for (const dir of folders) expect(fs.realpathSync(dir)).toBe(dir);
});
