/*
 * Text put into HTML or into a regular expression by hand, where no template or library does it.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * `text` as HTML text or an attribute value, escaped as Nunjucks escapes it, so HTML made in code
 * (`| safe` after it) has the same bytes the templates would have written.
 * @example escapeHtml(`Tom & "Jerry"`) // "Tom &amp; &quot;Jerry&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * `text` matched literally inside a regular expression.
 * @example new RegExp(`^${escapeRegExp("a.b")}$`).test("axb") // false
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
