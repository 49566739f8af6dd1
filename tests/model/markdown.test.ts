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

describe("the markdown data may use", () => {
  it("allows paragraphs, emphasis, https links and lists", () => {
    expect(
      markdownProblems(
        "One *calm* paragraph with a [link](https://www.rainn.org/).\n\n- a list\n- of **points**\n\n1. and steps",
      ),
    ).toEqual([]);
  });

  it("refuses an image, which feed readers would load from a third party", () => {
    expect(markdownProblems("Read this. ![x](https://tracker.example/p.png)")).toEqual([
      "has an image (![...](...)); images are not published, because one would load from another site and tell it who read this. Remove it, or link to its page: [words](https://...)",
    ]);
  });

  it("refuses headings, which would give a page a second title", () => {
    const heading =
      "has a heading (a line starting with #, or underlined with === or ---); the page gives the headings, so write it as a sentence";
    expect(markdownProblems("# Breaking news\n\nText.")).toEqual([heading]);
    expect(markdownProblems("Breaking news\n---\n\nText.")).toEqual([heading]);
  });

  it("refuses code, quotes, tables, rules and struck-out text, once each", () => {
    expect(markdownProblems("`a` `b`\n\n    indented\n\n> quoted\n\n***\n\na | b\n--|--\n1 | 2\n\n~~gone~~")).toEqual([
      "shows text as code (`...`); remove the backticks",
      "has a line indented by 4 spaces or more, which shows as code; remove the indent",
      "quotes with >; summarize in the hub's own words instead of quoting",
      "has a dividing line (---, *** or ___); remove it, a blank line between paragraphs is enough",
      "has a table; write it as sentences or a list",
      "has struck-out text (~~...~~); delete the words instead",
    ]);
  });

  it("refuses a link with no words to click", () => {
    expect(markdownProblems("See [](https://www.rainn.org/).")).toEqual([
      'has a link to "https://www.rainn.org/" with no words to click; write them between the [ ]',
    ]);
  });

  it("refuses an invisible character hidden in an entity", () => {
    expect(markdownProblems("Call 1-800-&#x202E;DLIHC today.")).toEqual([
      "contains U+202E RIGHT-TO-LEFT OVERRIDE, typed as an &...; code, which changes the order text is shown in, so visitors would not see what is written; delete it (it may be invisible: retype the words around it)",
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
