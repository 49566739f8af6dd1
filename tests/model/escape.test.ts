import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeRegExp } from "../../src/model/escape.ts";

describe("text escaped by hand", () => {
  it("writes HTML text byte for byte as the Nunjucks templates write it", () => {
    const text = `Tom & Jerry's <b>"line"</b> > 911`;
    expect(escapeHtml(text)).toBe("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;line&quot;&lt;/b&gt; &gt; 911");
    expect(escapeHtml(text)).toBe(nunjucks.renderString("{{ text }}", { text }));
  });

  it("matches a name with dots, brackets and plus signs literally in a regular expression", () => {
    const name = "Line (24/7) + chat [beta] 1.800?";
    expect(new RegExp(`^${escapeRegExp(name)}$`).test(name)).toBe(true);
    expect(new RegExp(`^${escapeRegExp("a.b")}$`).test("axb")).toBe(false);
  });
});
