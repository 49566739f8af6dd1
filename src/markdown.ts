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

export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/** The same renderer for Eleventy's own `.md` pages, so every page links out the same way. */
export const markdownLibrary = renderer;

/** Every reason `source` cannot be published, in reading order; empty when it can. */
export function markdownProblems(source: string): string[] {
  const problems: string[] = [];
  for (const token of flatten(detector.parse(source, {}))) {
    if (token.type === "html_block" || token.type === "html_inline") {
      problems.push(
        `contains raw HTML ${JSON.stringify(token.content.trim().slice(0, 40))}; write plain markdown instead`,
      );
    }
    if (token.type === "link_open") {
      const href = String(token.attrGet("href") ?? "");
      if (!isHttpsUrl(href)) problems.push(`links to ${JSON.stringify(href)}; links must be full https:// addresses`);
    }
  }
  return problems;
}

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}
