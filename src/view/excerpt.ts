import { markdownLibrary } from "../model/markdown.ts";

/** A blank line, which ends a paragraph. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * The first paragraph of some markdown as plain text, cut at a word near `maxLength`: the
 * description search engines and link previews show for a story. Only that paragraph is parsed:
 * every story page in both languages asks for it (docs/performance.md, "Session 23").
 * @example plainExcerpt("Two *short* lines.\n\nMore.", 160) // "Two short lines."
 */
export function plainExcerpt(markdown: string, maxLength: number): string {
  return cutAtWord(firstPlainText(markdown.split(PARAGRAPH_BREAK, 1)[0] ?? ""), maxLength);
}

/**
 * Each paragraph (text between blank lines) of some markdown as plain text: a story's search text
 * and the description its search result shows, cut from one parse of each paragraph.
 * @example plainParagraphs("Two *short* lines.\n\nMore.") // ["Two short lines.", "More."]
 */
export function plainParagraphs(markdown: string): string[] {
  return markdown.split(PARAGRAPH_BREAK).map(firstPlainText);
}

/**
 * Plain text cut at a word near `maxLength`, with an ellipsis when cut.
 * @example cutAtWord("Two short lines.", 10) // "Two short…"
 */
export function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** The first block of some markdown (a paragraph, a list's first item) as plain text on one line. */
function firstPlainText(markdown: string): string {
  const tokens = markdownLibrary.parse(markdown, {});
  const inline = tokens.find((t) => t.type === "inline");
  return (inline?.children ?? [])
    .map((t) =>
      t.type === "softbreak" || t.type === "hardbreak"
        ? " "
        : t.type === "text" || t.type === "code_inline"
          ? t.content
          : "",
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
