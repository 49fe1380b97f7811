/**
 * The last non-empty line of a command's output, trimmed and at most 300 characters: what the bench
 * quotes when a command it runs fails (`ModuleNotFoundError: No module named 'numpy'`, a grading's
 * last error line).
 */
export function lastLine(text: string): string {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  return (lines[lines.length - 1] ?? "").trim().slice(0, 300);
}
