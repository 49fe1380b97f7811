/** Placeholder until the full cleaner lands: strips control characters but newline, caps length. */
export function cleanText(text: string, maxChars = 2000): string {
  const head = text.length > maxChars ? text.slice(0, maxChars) : text;
  // eslint-disable-next-line no-control-regex
  const clean = head.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "");
  return text.length > maxChars ? `${clean}… (${text.length - maxChars} more characters)` : clean;
}
/** cleanText on one line. */
export function cleanLine(text: string, maxChars = 500): string {
  return cleanText(text, maxChars).replace(/\n/g, " ");
}
