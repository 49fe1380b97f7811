import { progressBar } from "../../src/cli/progress-bar";
import { ESC, fakeStream } from "./fake-stream";

function drawn(env: Record<string, string>): string {
  const stream = fakeStream(true);
  const bar = progressBar(stream, env, "work", "{value}/{total} steps");
  bar.start(4, 2);
  bar.stop();
  return stream.text();
}

describe("progressBar", () => {
  test("with colour: the label, a green bar of blocks half full, then the rest", () => {
    expect(drawn({})).toContain(`work ${ESC}[32m${"\u2588".repeat(20)}${"\u2591".repeat(20)}${ESC}[0m 2/4 steps`);
  });

  test("with NO_COLOR: # and -, and no colour sequence", () => {
    const text = drawn({ NO_COLOR: "1" });
    expect(text).toContain(`work ${"#".repeat(20)}${"-".repeat(20)} 2/4 steps`);
    expect(text).not.toContain(`${ESC}[32m`);
  });
});
