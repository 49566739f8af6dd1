import type { MarkdownIt, StateInline } from "markdown-it";

/** `{lang=en}`, `{lang=es-US}`: a BCP 47 language tag, the only attribute a span may carry. */
const LANGUAGE = /^\{lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}/;

/**
 * Words in another language inside markdown, in Pandoc's bracketed-span syntax
 * (https://pandoc.org/MANUAL.html#extension-bracketed_spans), with `lang` as its only attribute:
 * `[Crisis Text Line]{lang=en}` is `<span lang="en">Crisis Text Line</span>`, so a screen reader
 * says an English name on a Spanish page in English (WCAG 3.1.2, Language of Parts). A link is
 * marked from outside: `[[National Domestic Violence Hotline](/es/help/...)]{lang=en}` (markdown-it
 * allows nothing but text in a link's brackets to span them). Anything else in braces after
 * brackets stays text, as before.
 */
export function languageSpans(md: MarkdownIt): void {
  md.inline.ruler.before("link", "language_span", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const end = state.md.helpers.parseLinkLabel(state, state.pos, false);
    if (end < 0) return false;
    const language = LANGUAGE.exec(state.src.slice(end + 1));
    if (!language) return false;
    if (!silent) {
      state.push("language_span_open", "span", 1).attrSet("lang", language[1] ?? "");
      const max = state.posMax;
      state.pos += 1;
      state.posMax = end;
      state.md.inline.tokenize(state);
      state.posMax = max;
      state.push("language_span_close", "span", -1);
    }
    state.pos = end + 1 + (language[0]?.length ?? 0);
    return true;
  });
}
