/**
 * The frame of every HTML report: one self-contained document (its style sheet inline, no script, no
 * font, image or style loaded from anywhere) whose content security policy forbids loading anything
 * but `data:` images, so the page stays the same offline and cannot reach the network.
 */
import { html, raw, type Html } from "./template";

const STYLE = raw(`
:root { color-scheme: light; --ok: #1b7f3b; --bad: #b3261e; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #202124; background: #f8f9fa; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 8px; }
h3 { font-size: 1em; margin: 16px 0 6px; }
section > h2:first-child { margin-top: 0; }
.meta { color: var(--muted); font-size: 0.9em; margin: 0 0 16px; }
.total { font-size: 1.3em; font-weight: 600; }
section.assignment, section.figures, section.index-part { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
.score { font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { display: inline-block; width: 120px; height: 10px; background: #e8eaed; border-radius: 5px; vertical-align: middle; margin-left: 8px; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--ok); }
table.functions, table.students, table.mistakes { border-collapse: collapse; width: 100%; }
table.functions td, table.functions th, table.students td, table.students th, table.mistakes td, table.mistakes th { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); }
.passed { color: var(--ok); }
.failed { color: var(--bad); }
.case { border-left: 4px solid var(--bad); background: #fff7f6; padding: 8px 12px; margin: 10px 0; border-radius: 0 6px 6px 0; }
.case.fault { border-left-color: #7b1fa2; background: #f9f1fb; }
.case h4 { margin: 0 0 4px; font-size: 0.95em; }
.case .badge { font-size: 0.8em; padding: 1px 6px; border-radius: 8px; background: #e8eaed; color: var(--muted); margin-left: 6px; }
.message { margin: 4px 0; }
.message p { margin: 2px 0; white-space: normal; overflow-wrap: anywhere; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
.message p.likely { color: #8a4b00; font-weight: 600; }
.message p.hint { color: #174ea6; }
.notes { color: var(--muted); font-size: 0.85em; }
.errors { color: var(--bad); }
.diff { margin: 8px 0 0; }
.diff-caption, .legend { font-size: 0.8em; color: var(--muted); margin: 4px 0; }
.grids { display: flex; flex-wrap: wrap; gap: 16px; }
table.heat { border-collapse: collapse; font: 11px/1.2 ui-monospace, "DejaVu Sans Mono", monospace; }
table.heat caption { text-align: left; font-size: 0.9em; color: var(--muted); }
table.heat th { color: var(--muted); font-weight: normal; padding: 1px 3px; }
table.heat td { border: 1px solid #fff; padding: 3px 4px; min-width: 44px; text-align: right; background: #eef5ee; }
table.heat td.marked { outline: 2px solid rgba(200, 30, 45, 0.6); outline-offset: -2px; background: #f1f3f4; }
table.heat.expected td.same { background: #f1f3f4; }
figure { display: inline-block; margin: 8px; vertical-align: top; text-align: center; }
figure img { max-width: 100%; border: 1px solid var(--line); background: #fff; }
figcaption { font-size: 0.8em; color: var(--muted); }
.unimplemented { color: var(--muted); font-style: italic; }
.failure { border-left: 4px solid var(--bad); background: #fff; padding: 12px 16px; }
`);

/** The content security policy of every report: nothing loads but `data:` images and the inline style sheet. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A whole report page titled `title` around `body`. */
export function page(title: string, body: Html): string {
  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html> `.markup;
}
