import MarkdownIt, { type Token } from "markdown-it";
import { describeCharacter, findCharacterIssue, hasWords } from "./characters.ts";
import { languageSpans } from "./language-span.ts";
import { isHttpsUrl } from "./url.ts";

/**
 * Markdown in data files is rendered with raw HTML switched off, so a `<script>` typed into a
 * summary is shown as text, never run. Validation goes further and refuses raw HTML outright
 * (see `markdownProblems`), because a maintainer who typed a tag expected it to do something.
 */
const renderer = new MarkdownIt({ html: false, linkify: false, typographer: true });
// Raw HTML is off, so words in another language are marked `[words]{lang=en}` (src/model/language-span.ts).
renderer.use(languageSpans);

// External links must not tell the site they lead to where the visitor came from.
renderer.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token && /^https?:/.test(String(token.attrGet("href")))) token.attrSet("rel", "noopener noreferrer");
  return self.renderToken(tokens, idx, options);
};

/** Only used to find raw HTML, by CommonMark's own rules (so `a < b` is not HTML). */
const detector = new MarkdownIt({ html: true, linkify: false });
// markdown-it quietly turns a `javascript:` or `data:` link into plain text
// (https://markdown-it.github.io/markdown-it/#MarkdownIt.prototype.validateLink). Safe, but the
// maintainer meant a link; the detector accepts every link so `markdownProblems` can name it.
detector.validateLink = () => true;

export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/** The same renderer for Eleventy's own `.md` pages, so every page links out the same way. */
export const markdownLibrary = renderer;

/**
 * What markdown may do in the hub's data: paragraphs, *emphasis*, **strong**, https links and
 * lists. The page around it gives the headings, so a `#` heading in a summary would be a second
 * `<h1>`; an image would load from another site in every feed reader and in the open data, and
 * tell it who read an abuse story (the page's CSP blocks it, feed readers do not); code, quotes,
 * tables, rules and strikethrough have no place in a calm summary in the hub's own words.
 */
const ALLOWED = new Set([
  "paragraph_open",
  "paragraph_close",
  "inline",
  "text",
  "softbreak",
  "hardbreak",
  "em_open",
  "em_close",
  "strong_open",
  "strong_close",
  "link_open",
  "link_close",
  "bullet_list_open",
  "bullet_list_close",
  "ordered_list_open",
  "ordered_list_close",
  "list_item_open",
  "list_item_close",
]);

/** What a maintainer is told for each kind of markdown the hub does not publish, by token type. */
const REFUSED: Readonly<Record<string, string>> = {
  heading_open:
    "has a heading (a line starting with #, or underlined with === or ---); the page gives the headings, so write it as a sentence",
  image:
    "has an image (![...](...)); images are not published, because one would load from another site and tell it who read this. Remove it, or link to its page: [words](https://...)",
  code_inline: "shows text as code (`...`); remove the backticks",
  code_block: "has a line indented by 4 spaces or more, which shows as code; remove the indent",
  fence: "has a block of code (``` ... ```); write plain sentences",
  blockquote_open: "quotes with >; summarize in the hub's own words instead of quoting",
  hr: "has a dividing line (---, *** or ___); remove it, a blank line between paragraphs is enough",
  ...Object.fromEntries(
    ["table_open", "thead_open", "tbody_open", "tr_open", "th_open", "td_open"].map((type) => [
      type,
      "has a table; write it as sentences or a list",
    ]),
  ),
  s_open: "has struck-out text (~~...~~); delete the words instead",
};

/** Every reason `source` cannot be published, in reading order; empty when it can. */
export function markdownProblems(source: string): string[] {
  const problems: string[] = [];
  const html: string[] = [];
  const refused = new Set<string>();
  const decoded: string[] = [];
  const tokens = flatten(detector.parse(source, {}));
  for (const [i, token] of tokens.entries()) {
    if (token.type === "html_block" || token.type === "html_inline") html.push(...tagsIn(token.content));
    else if (REFUSED[token.type]) refused.add(REFUSED[token.type] as string);
    else if (!ALLOWED.has(token.type) && !token.type.endsWith("_close"))
      refused.add(`uses markdown the hub does not publish (${token.type})`);
    if (token.type === "text") decoded.push(token.content);
    if (token.type === "link_open") {
      const href = String(token.attrGet("href") ?? "");
      if (!isHttpsUrl(href)) problems.push(`links to ${JSON.stringify(href)}; links must be full https:// addresses`);
      decoded.push(String(token.attrGet("title") ?? ""));
      if (!hasWords(linkText(tokens, i)))
        problems.push(`has a link to ${JSON.stringify(href)} with no words to click; write them between the [ ]`);
    }
  }
  problems.push(...refused);
  // Entities such as &#x202E; are only characters once decoded; what was typed as is is checked by the field's kind.
  if (!findCharacterIssue(source, { lineBreaks: true })) {
    const hidden = findCharacterIssue(decoded.join(" "), { lineBreaks: true });
    if (hidden) problems.push(`contains ${describeCharacter(hidden.char)}, typed as an &...; code, ${hidden.why}`);
  }
  // One problem for all the tags: "<b>" and "</b>" are one mistake to the person who typed them.
  if (html.length > 0) {
    const shown = [...new Set(html)].map((tag) => JSON.stringify(tag));
    problems.unshift(`contains raw HTML (${shown.join(", ")}); write plain markdown instead`);
  }
  return problems;
}

/** The words of the link that opens at `tokens[start]`. */
function linkText(tokens: Token[], start: number): string {
  const words: string[] = [];
  for (const token of tokens.slice(start + 1)) {
    if (token.type === "link_close") break;
    words.push(token.content);
  }
  return words.join("");
}

/** The tags themselves: an HTML block also holds the text around them. */
function tagsIn(html: string): string[] {
  const tags = html.match(/<\/?[a-zA-Z][^>]*>|<!--/g) ?? [];
  return tags.length > 0 ? tags.map((tag) => tag.slice(0, 40)) : [html.trim().slice(0, 40)];
}

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}
