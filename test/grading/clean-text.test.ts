/**
 * Text a submission influences cannot draw on the terminal or hide itself: escape sequences go whole,
 * other controls go, length is capped with a count, and even huge input costs little.
 */
import { cleanLine, cleanText } from "../../src/grading/clean-text";

test.each([
  ["clear screen, home and carriage return", "\u001b[2J\u001b[H\rTotal 100/100", "Total 100/100"],
  ["colours", "\u001b[31mred\u001b[0m text", "red text"],
  ["a DCS string up to ST", "a\u001bPq#0;2;0;0;0~\u001b\\b", "ab"],
  ["an OSC title up to BEL", "a\u001b]0;owned\u0007b", "ab"],
  ["8-bit CSI and OSC", "a\u009b2Jb\u009d0;x\u009cc", "abc"],
  ["a two-character escape", "a\u001bcb", "ab"],
  ["vertical tab, form feed, backspace, DEL, C1", "a\u000b\u000c\u0008\u007f\u0085b", "ab"],
  ["bidirectional overrides", "ok \u202eexe.txt\u202c \u2066x\u2069", "ok exe.txt x"],
  ["a lone surrogate", "a\ud800b", "a\ufffdb"],
  ["a tab and line separators", "a\tb\u2028c", "a b\nc"],
])("removes %s", (_what, input, expected) => {
  expect(cleanText(input)).toBe(expected);
});

test("keeps newlines, emoji and accents", () => {
  expect(cleanText("ligne 1\nligne 2 ✓ 😀")).toBe("ligne 1\nligne 2 ✓ 😀");
});

test("cuts long text and says how much was left out", () => {
  expect(cleanText("x".repeat(30), 10)).toBe("xxxxxxxxxx… (20 more characters)");
  expect(cleanLine("a\nb", 10)).toBe("a b");
});

test("a 190-million-character message is cut to its head, with the count of what was left out", () => {
  const huge = "\u001b[2J" + "y".repeat(190_000_000);
  expect(cleanText(huge, 100)).toBe("y".repeat(100) + `… (${190_000_000 + 4 - 4 - 100} more characters)`);
});
