import type { HubData } from "../model/hub-data.ts";
import { LANGUAGES, type Language } from "../model/translation.ts";
import { buildHub, type Hub, type HubOptions, indexHub } from "./hub.ts";
import { translateData } from "./language.ts";
import { STRINGS } from "./strings/index.ts";

/** The hub in every language it is published in, by language; the site's own language first. */
export type Editions = Readonly<Record<Language, Hub>>;

/**
 * The view model once per language, each from its translated records and its interface text,
 * sharing what no translation changes (pairing, stories by topic, related stories), which is
 * computed once for all of them.
 */
export function buildEditions(data: HubData, options: Omit<HubOptions, "strings" | "language" | "indexes">): Editions {
  const indexes = indexHub(data, options.relatedCount);
  const editions = Object.fromEntries(
    LANGUAGES.map((language) => {
      const strings = STRINGS[language];
      if (!strings) throw new Error(`buildEditions: no interface text for ${language} in src/view/strings/`);
      return [language, buildHub(translateData(data, language), { ...options, strings, language, indexes })];
    }),
  );
  return Object.freeze(editions) as Editions;
}
