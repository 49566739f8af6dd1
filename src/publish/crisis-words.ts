import type { Hub } from "../view/hub.ts";
import { lineToken } from "./search-records.ts";

/** One need's words, as its speakers type them, and the lines that answer it, best first. */
export interface CrisisWordGroup {
  words: string[];
  lines: CrisisLine[];
}

/** How the search page finds a line in the index: its record's own word, and its page's address. */
export interface CrisisLine {
  token: string;
  url: string;
}

/**
 * The words of each group in `_data/synonyms.ts` that names helplines, in the page's language (the
 * Spanish edition's `words` are the groups' `es`), for the search page. There,
 * `content/assets/search.js` lists the lines of the group whose words the query contains first,
 * above Pagefind's results: Pagefind matches each word of a query as a prefix after stemming, so
 * "me violaron" ("viol") also matches "violencia" and ranked the domestic violence pages above
 * RAINN. The pin does not depend on ranking, so "I was raped" always puts RAINN first, as search
 * engines put a crisis line above the results for the phrases they know. Groups that reach lines by
 * channel or language ("deaf", "ayuda") name no one line, and are left to Pagefind's order; so are
 * a group's `broad` words, which would pin the wrong line as often as the right one ("elder abuse").
 */
export function crisisWords(hub: Hub): CrisisWordGroup[] {
  // The build has already refused a group naming a helpline that does not exist (src/data/validate.ts).
  const urls = new Map(hub.resources.map((resource) => [resource.id, resource.url]));
  return hub.synonyms
    .filter((group) => group.resources.length > 0)
    .map((group) => ({
      words: [...new Set(group.words)],
      lines: group.resources.map((id) => ({ token: lineToken(id), url: urls.get(id) ?? "" })),
    }));
}

/**
 * The groups as JSON for the search page's `data-crisis-words` attribute (Nunjucks escapes it
 * there, as it does `data-hours`).
 */
export function crisisWordsJson(hub: Hub): string {
  return JSON.stringify(crisisWords(hub));
}
