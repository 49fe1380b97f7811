import { colourAllowed, isTerminal, painter } from "../../src/cli/terminal";
import { ESC, fakeStream } from "./fake-stream";

const terminal = fakeStream(true);
const file = fakeStream(false);

describe("isTerminal", () => {
  test("is true for a stream whose isTTY is true, false for a file or pipe", () => {
    expect(isTerminal(terminal)).toBe(true);
    expect(isTerminal(file)).toBe(false);
  });

  test("a truthy isTTY that is not true does not make a terminal", () => {
    expect(isTerminal({ isTTY: 1 as unknown as boolean })).toBe(false);
  });
});

describe("colourAllowed", () => {
  test("on a terminal without NO_COLOR", () => {
    expect(colourAllowed(terminal, {})).toBe(true);
  });

  test("never on a file or pipe, NO_COLOR or not", () => {
    expect(colourAllowed(file, {})).toBe(false);
    expect(colourAllowed(file, { NO_COLOR: "1" })).toBe(false);
  });

  test("never when NO_COLOR has any non-empty value", () => {
    for (const value of ["1", "0", "true", "false", "no", " "]) expect(colourAllowed(terminal, { NO_COLOR: value })).toBe(false);
  });

  test("an empty NO_COLOR counts as unset (no-color.org)", () => {
    expect(colourAllowed(terminal, { NO_COLOR: "" })).toBe(true);
  });

  test("reads process.env by default", () => {
    const saved = process.env.NO_COLOR;
    try {
      process.env.NO_COLOR = "1";
      expect(colourAllowed(terminal)).toBe(false);
      delete process.env.NO_COLOR;
      expect(colourAllowed(terminal)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});

describe("painter", () => {
  test("on a terminal, wraps text in the colour's sequence and a reset", () => {
    const paint = painter(terminal, {});
    expect(paint("green", "ok")).toBe(`${ESC}[32mok${ESC}[0m`);
    expect(paint("yellow", "look")).toBe(`${ESC}[93mlook${ESC}[0m`);
    expect(paint("red", "lost")).toBe(`${ESC}[31mlost${ESC}[0m`);
  });

  test("leaves empty text empty", () => {
    expect(painter(terminal, {})("bold", "")).toBe("");
  });

  test("writes no escape on a file, or on a terminal with NO_COLOR", () => {
    for (const paint of [painter(file, {}), painter(terminal, { NO_COLOR: "1" })]) {
      expect(paint("green", "ok")).toBe("ok");
      expect(paint("dim", "x")).toBe("x");
    }
  });
});
