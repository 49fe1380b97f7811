import * as reference from "../../reference/week1/gradient-checking";
import { gradientCheckingExperiment } from "../../src/experiments/gradient-checking";

function run(module: typeof reference) {
  const lines: string[] = [];
  const spy = jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(`printed: ${line}`));
  try {
    const result = gradientCheckingExperiment(module, (line) => lines.push(line));
    return { lines, result };
  } finally {
    spy.mockRestore();
  }
}

test("the course's buggy backward fails the check, the corrected one passes, each with the course's message", () => {
  const { lines, result } = run(reference);
  expect(result.oneDimensional).toBe(7.814075313343006e-11);
  expect(result.withMistakes).toBeGreaterThan(2e-7);
  expect(result.corrected).toBeLessThan(2e-7);
  expect(lines.filter((l) => l.startsWith("printed: "))).toEqual([
    "printed: \x1b[92mYour backward propagation works perfectly fine! difference = 7.814075313343006e-11\x1b[0m",
    expect.stringContaining("There is a mistake in the backward propagation! difference = 0.28509315677"),
    expect.stringContaining("Your backward propagation works perfectly fine! difference = 1.18909130"),
  ]);
  expect(lines.filter((l) => l.startsWith("→"))).toEqual([
    expect.stringMatching(/is at or below 2e-7: as expected$/),
    expect.stringMatching(/^→ difference 0\.2850931567761\d+ is above 2e-7: as expected$/),
    expect.stringMatching(/is at or below 2e-7: as expected$/),
  ]);
});

test("a gradientCheckN that never finds a mistake is shown as such", () => {
  const { lines } = run({ ...reference, gradientCheckN: () => 0 });
  expect(lines).toContain("→ difference 0.0 is at or below 2e-7: NOT as expected");
});
