import MarkdownIt, { type Token } from "markdown-it";
import { isHttpsUrl } from "./url.ts";

/**
 * Markdown in data files is rendered with raw HTML switched off, so a `<script>` typed into a
 * summary is shown as text, never run. Validation goes further and refuses raw HTML outright
 * (see `markdownProblems`), because a maintainer who typed a tag expected it to do something.
 */
const renderer = new MarkdownIt({ html: false, linkify: false, typographer: true });

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

/** Every reason `source` cannot be published, in reading order; empty when it can. */
export function markdownProblems(source: string): string[] {
  const problems: string[] = [];
  const html: string[] = [];
  for (const token of flatten(detector.parse(source, {}))) {
    if (token.type === "html_block" || token.type === "html_inline") html.push(...tagsIn(token.content));
    if (token.type === "link_open") {
      const href = String(token.attrGet("href") ?? "");
      if (!isHttpsUrl(href)) problems.push(`links to ${JSON.stringify(href)}; links must be full https:// addresses`);
    }
  }
  // One problem for all the tags: "<b>" and "</b>" are one mistake to the person who typed them.
  if (html.length > 0) {
    const shown = [...new Set(html)].map((tag) => JSON.stringify(tag));
    problems.unshift(`contains raw HTML (${shown.join(", ")}); write plain markdown instead`);
  }
  return problems;
}

/** The tags themselves: an HTML block also holds the text around them. */
function tagsIn(html: string): string[] {
  const tags = html.match(/<\/?[a-zA-Z][^>]*>|<!--/g) ?? [];
  return tags.length > 0 ? tags.map((tag) => tag.slice(0, 40)) : [html.trim().slice(0, 40)];
}

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}
