/**
 * What the figure tests ask of a rendered figure: a well-formed SVG document (fast-xml-parser's
 * validator) whose text shows each of the given labels.
 */
import { XMLValidator } from "fast-xml-parser";

/** The text of every `<text>` element of `svg`, entities decoded. */
export function svgTexts(svg: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]));
}

/** Fails unless `svg` is a well-formed SVG document showing every one of `labels`. */
export function expectSvgShowing(svg: string, labels: readonly string[]): void {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg.startsWith("<svg")).toBe(true);
  const texts = svgTexts(svg);
  for (const label of labels) expect(texts).toContain(label);
}
