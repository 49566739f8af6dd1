import { describe, expect, it } from "vitest";
import { markdownProblems, renderMarkdown } from "../../src/model/markdown.ts";

describe("markdownProblems", () => {
  it("accepts plain markdown with https links, and a less-than sign that is not a tag", () => {
    expect(markdownProblems("Read *more* at [RAINN](https://www.rainn.org/). Ages 5 < 12 are children.")).toEqual([]);
  });

  it("refuses raw HTML once per field, naming its tags", () => {
    expect(markdownProblems("<script>alert(1)</script> and <b>bold</b>")).toEqual([
      'contains raw HTML ("<script>", "</script>", "<b>", "</b>"); write plain markdown instead',
    ]);
    expect(markdownProblems("Some <b>bold</b> text.")).toEqual([
      'contains raw HTML ("<b>", "</b>"); write plain markdown instead',
    ]);
  });

  it("names links that are not https, including the ones markdown-it would quietly drop", () => {
    expect(
      markdownProblems("[a](http://example.org) [b](javascript:alert(1)) [c](data:text/html,x) [d](/about/)"),
    ).toEqual([
      'links to "http://example.org"; links must be full https:// addresses',
      'links to "javascript:alert(1)"; links must be full https:// addresses',
      'links to "data:text/html,x"; links must be full https:// addresses',
      'links to "/about/"; links must be full https:// addresses',
    ]);
  });
});

describe("renderMarkdown", () => {
  it("never turns a typed <script> into markup", () => {
    const html = renderMarkdown("<script>alert(1)</script>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
