/**
 * Text a submission influences (thrown messages, export names, printed lines), made safe to show on a
 * terminal, in JSON or in a page: every terminal escape sequence is removed whole (CSI `ESC [ … final`,
 * OSC `ESC ] … BEL|ST`, DCS/SOS/PM/APC `ESC P|X|^|_ … ST`, two-character `ESC x`, and their 8-bit
 * forms), then every other control character but the newline (`\r`, `\v`, `\f`, `\b`, DEL, C1), the
 * bidirectional controls and lone surrogates; a tab becomes a space and U+2028/U+2029 a newline.
 * Long text is cut, and the cut says how much was left out. Work is linear in the part kept: a
 * 200-million-character message costs no more than its first few thousand characters.
 */

/** Escape sequences with a body, 7-bit and 8-bit: introducer, body, terminator (BEL or ST). */
// eslint-disable-next-line no-control-regex
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
/** Control sequences: CSI parameters, intermediates and a final byte. */
// eslint-disable-next-line no-control-regex
const CONTROL_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
/** Any other escape: ESC and the character after it. */
// eslint-disable-next-line no-control-regex
const OTHER_ESCAPE = /\u001b[\s\S]?/g;
/** Controls left over: C0 but newline and tab, DEL, C1, bidi controls, lone surrogates. */
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** How far past the cap to look, so that a sequence straddling it is still recognised and removed. */
const LOOKAHEAD = 256;

/** `text` cleaned (see the module comment) and cut to `maxChars` characters. */
export function cleanText(text: string, maxChars = 2000): string {
  const source = String(text);
  const head = source.length > maxChars * 2 + LOOKAHEAD ? source.slice(0, maxChars * 2 + LOOKAHEAD) : source;
  const cleaned = head
    .replace(STRING_SEQUENCE, "")
    .replace(CONTROL_SEQUENCE, "")
    .replace(OTHER_ESCAPE, "")
    .replace(/\t/g, " ")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(CONTROLS, (c) => (c.length === 1 && c >= "\ud800" && c <= "\udfff" ? "\ufffd" : ""));
  if (cleaned.length <= maxChars && head.length === source.length) return cleaned;
  const kept = cleaned.slice(0, maxChars);
  // Characters not shown: the rest of the cleaned head, and all that was never looked at.
  const more = cleaned.length - kept.length + (source.length - head.length);
  return more > 0 ? `${kept}… (${more} more characters)` : kept;
}

/** `cleanText` on one line: newlines become spaces. */
export function cleanLine(text: string, maxChars = 500): string {
  return cleanText(text, maxChars).replace(/\n/g, " ");
}
