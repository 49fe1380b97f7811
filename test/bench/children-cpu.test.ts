import { spawnSync } from "node:child_process";
import { childrenCpuSeconds } from "./children-cpu";

test("a waited-for child's CPU time is counted once it has ended (Linux's /proc)", () => {
  const before = childrenCpuSeconds();
  expect(before).toEqual(expect.any(Number));
  spawnSync(process.execPath, ["-e", "const t = Date.now(); while (Date.now() - t < 300);"]);
  expect(childrenCpuSeconds()! - before!).toBeGreaterThanOrEqual(0.2);
});
