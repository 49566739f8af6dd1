import { markdownLibrary } from "../model/markdown.ts";

/**
 * The first paragraph of some markdown as plain text, cut at a word near `maxLength`: the
 * description search engines, link previews and feeds show for a story.
 * @example plainExcerpt("Two *short* lines.\n\nMore.", 160) // "Two short lines."
 */
export function plainExcerpt(markdown: string, maxLength: number): string {
  const tokens = markdownLibrary.parse(markdown, {});
  const inline = tokens.find((t) => t.type === "inline");
  const text = (inline?.children ?? [])
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
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
