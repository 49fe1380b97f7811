/**
 * The escaping template: every placed value escaped unless it is markup made by `html`; arrays joined;
 * nothing written for null, undefined and false.
 */
import { escapeHtml, html, raw } from "../../../../src/grading/reporters/html/template";

test("text placed in a template is escaped, in content and in quoted attributes", () => {
  const hostile = `<script>alert("x")</script>' onmouseover='x' &amp;`;
  const out = html`<p title="${hostile}">${hostile}</p>`.markup;
  expect(out).not.toContain("<script>");
  expect(out).not.toMatch(/"[^"]*" onmouseover/);
  expect(out).toBe(
    `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x&#39; &amp;amp;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x&#39; &amp;amp;</p>`,
  );
});

test("markup made by html is placed as it is, alone or in arrays; numbers as text; null, undefined and false as nothing", () => {
  const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
  // prettier-ignore
  const out = html`<ul>${items}</ul>${null}${undefined}${false}${3.5}`.markup;
  expect(out).toBe("<ul><li>a&lt;b</li><li>c</li></ul>3.5");
});

test("a string that looks like markup is still text; raw is the only way around escaping", () => {
  expect(html`${"<b>x</b>"}`.markup).toBe("&lt;b&gt;x&lt;/b&gt;");
  expect(html`${raw("<b>x</b>")}`.markup).toBe("<b>x</b>");
  expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
});
