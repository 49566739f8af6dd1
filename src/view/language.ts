import type { HubData } from "../model/hub-data.ts";
import { applyTranslation, LANGUAGES, type Language, SOURCE_LANGUAGE } from "../model/translation.ts";
import { NO_REUSE, type Reuse } from "./reuse.ts";

/**
 * Where each language's pages live: English at the root, Spanish under `/es/`, with the same
 * addresses below that (`/topics/child-abuse/` and `/es/topics/child-abuse/`), so every page's
 * twin in the other language is found from its address alone.
 */
export function languageBase(language: Language): string {
  return language === SOURCE_LANGUAGE ? "" : `/${language}`;
}

/** The language of the page at `url` (a site-relative address such as `/es/help/`). */
export function pageLanguage(url: string): Language {
  return (
    LANGUAGES.find((l) => l !== SOURCE_LANGUAGE && (url === `/${l}/` || url.startsWith(`/${l}/`))) ?? SOURCE_LANGUAGE
  );
}

/**
 * The same page in `language`: `/es/topics/` for `/topics/`, and back.
 * @example twinUrl("/es/help/rainn/", "en") // "/help/rainn/"
 */
export function twinUrl(url: string, language: Language): string {
  const from = pageLanguage(url);
  const rest = from === SOURCE_LANGUAGE ? url : url.slice(languageBase(from).length);
  return `${languageBase(language)}${rest}`;
}

/**
 * The locale each language's pages are written in, for `<html lang>` and for dates, times and
 * language names: the hub serves the United States, so its Spanish is US Spanish ("es-US"), with
 * the 12-hour clock its readers use ("10 p.m.", not "22:00").
 */
const LOCALES: Readonly<Record<Language, string>> = { en: "en", es: "es-US" };

/**
 * The hub's records as a language shows them: each record's translated texts in place of its
 * English (src/model/translation.ts), and the site set to that language, so dates, hours and
 * sorting follow it. A story without a translation keeps its English. With `reuse`, an unchanged
 * record's translation is the same object as last time (src/view/reuse.ts).
 */
export function translateData(data: HubData, language: Language, reuse: Reuse = NO_REUSE): HubData {
  if (language === SOURCE_LANGUAGE) return data;
  const each = <T extends { es?: unknown }>(list: readonly { file: string; record: T }[]) =>
    list.map(({ file, record }) =>
      reuse.get(`${language}:translated:${file}`, [record], () => ({
        file,
        record: applyTranslation(record, record.es),
      })),
    );
  return {
    ...data,
    site: { ...applyTranslation(data.site, data.site.es), language: LOCALES[language] },
    causes: each(data.causes),
    resources: each(data.resources),
    countries: each(data.countries),
    stories: each(data.stories),
    // Each language's search finds what its own speakers type (`_data/synonyms.ts`).
    synonyms: data.synonyms.map((group) => ({
      ...group,
      words: group.es,
      broad: { ...group.broad, words: group.broad.es },
    })),
  };
}

/** The language a page links to for its twin: Spanish from English, English from any other. */
export function otherLanguage(language: Language): Language {
  return language === SOURCE_LANGUAGE
    ? (LANGUAGES.find((l) => l !== SOURCE_LANGUAGE) ?? SOURCE_LANGUAGE)
    : SOURCE_LANGUAGE;
}
