import { lastLine } from "./last-line";

test("the last non-empty line, trimmed, cut at 300 characters; empty for none", () => {
  expect(lastLine("Traceback:\n  File x\nModuleNotFoundError: No module named 'numpy'\n\n  \n")).toBe("ModuleNotFoundError: No module named 'numpy'");
  expect(lastLine(`first\n  ${"x".repeat(400)}  `)).toBe("x".repeat(300));
  expect(lastLine("\n \n")).toBe("");
});
