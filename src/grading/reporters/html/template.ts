/**
 * The HTML reports' one way of writing markup: the `html` tagged template. Every value placed in a
 * template is HTML-escaped (`& < > " '`), whatever it holds, unless it is itself `Html` made by `html`
 * (or an array of such), so a page is never built by joining untrusted text into markup. Attribute
 * values must be quoted in the template (`title="${text}"`): escaping covers both quote characters.
 */

/** Markup made by `html` (or `raw`, for the few fixed strings the reporters own): placed as it is. */
export class Html {
  /** Use `html`; the constructor is for this module. */
  constructor(readonly markup: string) {}

  /** The markup. */
  toString(): string {
    return this.markup;
  }
}

/** What a template may hold: text (escaped), numbers, `Html` (placed as it is), arrays of them; null, undefined and false write nothing. */
export type Piece = Html | string | number | boolean | null | undefined | readonly Piece[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` with `& < > " '` as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function place(piece: Piece): string {
  if (piece instanceof Html) return piece.markup;
  if (Array.isArray(piece)) return (piece as readonly Piece[]).map(place).join("");
  if (piece === null || piece === undefined || piece === false) return "";
  return escapeHtml(String(piece));
}

/** The tagged template: the literal parts as written, every placed value escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: Piece[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += place(values[i]) + strings[i + 1];
  return new Html(out);
}

/**
 * Markup the reporters own, placed as it is: fixed style sheets and markup built by a library from
 * data the grader made (a chart's SVG). Never for text a submission or a file could influence.
 */
export function raw(markup: string): Html {
  return new Html(markup);
}
