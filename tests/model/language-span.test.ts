import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/model/markdown.ts";

describe("words in another language, in markdown", () => {
  it("marks [words]{lang=en} as English, so a screen reader says them in English", () => {
    expect(renderMarkdown("Líneas como [Crisis Text Line]{lang=en} aparecen con un número corto.")).toBe(
      '<p>Líneas como <span lang="en">Crisis Text Line</span> aparecen con un número corto.</p>\n',
    );
  });

  it("marks a link as a whole, and keeps emphasis inside", () => {
    expect(
      renderMarkdown("La [[National Domestic Violence Hotline](/es/help/domestic-violence-hotline/)]{lang=en}"),
    ).toBe(
      '<p>La <span lang="en"><a href="/es/help/domestic-violence-hotline/">National Domestic Violence Hotline</a></span></p>\n',
    );
    expect(renderMarkdown("[**RAINN**]{lang=en}")).toBe('<p><span lang="en"><strong>RAINN</strong></span></p>\n');
  });

  it("takes a regional tag, and leaves any other attribute as the text it was", () => {
    expect(renderMarkdown("[hola]{lang=es-US}")).toBe('<p><span lang="es-US">hola</span></p>\n');
    expect(renderMarkdown("[x]{lang=english} [y]{class=a} [z]{lang=en")).toBe(
      "<p>[x]{lang=english} [y]{class=a} [z]{lang=en</p>\n",
    );
  });

  it("cannot slip an attribute or a tag into the page", () => {
    expect(renderMarkdown('[x]{lang=en" onclick="alert(1)}')).toBe(
      "<p>[x]{lang=en&quot; onclick=&quot;alert(1)}</p>\n",
    );
  });
});
