import type { HubData } from "../model/hub-data.ts";
import { LANGUAGES, type Language } from "../model/translation.ts";
import { buildHub, type Hub, type HubOptions, indexHub } from "./hub.ts";
import { translateData } from "./language.ts";
import { NO_REUSE, type Reuse } from "./reuse.ts";
import { STRINGS } from "./strings/index.ts";

/** The hub in every language it is published in, by language; the site's own language first. */
export type Editions = Readonly<Record<Language, Hub>>;

/**
 * The view model once per language, each from its translated records and its interface text,
 * sharing what no translation changes (pairing, stories by topic, related stories), which is
 * computed once for all of them. With `reuse` (the dev server's), parts made from unchanged
 * records are taken from the editions built before (src/view/reuse.ts).
 */
export function buildEditions(
  data: HubData,
  options: Omit<HubOptions, "strings" | "language" | "indexes" | "reuse">,
  reuse: Reuse = NO_REUSE,
): Editions {
  const indexes = indexHub(data, options.relatedCount, reuse);
  const editions = Object.fromEntries(
    LANGUAGES.map((language) => {
      const strings = STRINGS[language];
      if (!strings) throw new Error(`buildEditions: no interface text for ${language} in src/view/strings/`);
      const translated = translateData(data, language, reuse);
      return [language, buildHub(translated, { ...options, strings, language, indexes, reuse })];
    }),
  );
  reuse.done();
  return Object.freeze(editions) as Editions;
}
