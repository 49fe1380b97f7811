/**
 * The frame of every report: a self-contained document whose content security policy loads nothing but
 * data: images, with no script and no external style sheet, font or image; its title escaped.
 */
import { CONTENT_SECURITY_POLICY, page } from "../../../../src/grading/reporters/html/page";
import { html } from "../../../../src/grading/reporters/html/template";

test("one document: the policy, an inline style sheet, the body; nothing loaded from elsewhere", () => {
  const out = page(`<script>alert(1)</script>`, html`<p>${"a & b"}</p>`);
  expect(out.startsWith("<!DOCTYPE html>")).toBe(true);
  expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, "&#39;")}" />`);
  expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; img-src data:;/);
  expect(out).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>");
  expect(out).toContain("<p>a &amp; b</p>");
  expect(out).not.toMatch(/<script|<link|@import|url\(|src="http/i);
  expect(out.match(/<style>/g)).toHaveLength(1);
});
