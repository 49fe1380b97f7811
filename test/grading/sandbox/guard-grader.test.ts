/** SIGUSR1 to a grading process does not open Node's inspector. */
import { spawn } from "node:child_process";
import * as path from "node:path";

test("a process that installed the guard keeps running and opens no inspector on SIGUSR1", async () => {
  const guard = path.join(__dirname, "..", "..", "..", "src", "grading", "sandbox", "guard-grader.ts");
  const loader = path.join(__dirname, "..", "..", "..", "src", "loader", "register.js");
  const child = spawn(
    process.execPath,
    ["-r", loader, "-e", `require(${JSON.stringify(guard)}).guardGraderProcess(); console.log("ready"); setTimeout(() => {}, 1500);`],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.kill("SIGUSR1");
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  expect(code).toBe(0);
  expect(stderr).not.toMatch(/Debugger listening/);
}, 20_000);
