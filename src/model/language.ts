import { z } from "zod";

/** A BCP 47 language tag the browser can name: "en", "es", "zh-Hant". */
export const languageSchema = z.string().refine(isKnownLanguage, {
  error: 'must be a language code such as "en" or "es"',
});

function isKnownLanguage(tag: string): boolean {
  if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(tag)) return false;
  const name = new Intl.DisplayNames("en", { type: "language", fallback: "none" }).of(tag);
  return name !== undefined;
}

/**
 * Language names in the visitor's language.
 * @example languageNames(["en", "es"], "en") // "English and Spanish"
 */
export function languageNames(tags: readonly string[], locale: string): string {
  const names = new Intl.DisplayNames(locale, { type: "language" });
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(tags.map((t) => names.of(t) ?? t));
}
