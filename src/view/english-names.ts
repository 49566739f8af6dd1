import { escapeHtml, escapeRegExp } from "../model/escape.ts";
import type { ResourceView } from "./channel.ts";
import type { OutsideView } from "./outside.ts";

/**
 * The names a page in another language still shows in English: helplines and other countries'
 * lines without a name in the page's language, every organization (never translated,
 * docs/translating.md), and numbers spelled in English words ("1-800-4-A-CHILD", which a Spanish
 * voice would read letter by letter in Spanish). Longest first, so "Childhelp National Child Abuse
 * Hotline" is marked whole, not as "Childhelp" and the rest.
 */
export function englishNames(resources: readonly ResourceView[], outside: OutsideView): string[] {
  const names = [
    ...resources.flatMap((r) => [...(r.nameLang ? [r.name] : []), r.organization]),
    ...resources.flatMap((r) => r.channelViews.flatMap((c) => (c.vanity && /\p{L}/u.test(c.vanity) ? [c.vanity] : []))),
    ...outside.countries.flatMap((country) => country.lines.filter((line) => line.nameLang).map((line) => line.name)),
  ];
  return [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * `text` as HTML, with each of `names` in it marked as English, so a screen reader says it in
 * English: "Oprima 1 para la <span lang="en">Veterans Crisis Line</span>." The Spanish texts in the
 * data and the interface's sentences name lines in the middle of Spanish, where no markup can be
 * typed. Names match as whole words, longest first; with no names the text is only escaped.
 * @example markNames("Llame a Childhelp.", ["Childhelp"]) // 'Llame a <span lang="en">Childhelp</span>.'
 */
export function markNames(text: string, names: readonly string[]): string {
  if (names.length === 0) return escapeHtml(text);
  return text
    .split(namesPattern(names))
    .map((part, i) => (i % 2 === 1 ? `<span lang="en">${escapeHtml(part)}</span>` : escapeHtml(part)))
    .join("");
}

/**
 * The last pattern made, and the names it was made of. Every page of a language passes the same
 * names (the hub's), a few times a page: made afresh each time, the pattern was most of what
 * marking cost, thousands of times over (docs/performance.md, "Session 23"). The same list is the
 * same names, as the view model is never changed once built; another list is matched by its text,
 * as a template may hand the same names over in another wrapper.
 */
let last: { names: readonly string[]; key: string; pattern: RegExp } | undefined;

function namesPattern(names: readonly string[]): RegExp {
  if (last?.names === names) return last.pattern;
  const key = names.join("\0");
  if (last?.key !== key) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
    last = { names, key, pattern };
  } else last = { ...last, names };
  return last.pattern;
}
