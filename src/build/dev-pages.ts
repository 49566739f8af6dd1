import { createHash } from "node:crypto";
import type { Hub } from "../view/hub.ts";
import { isRefused } from "./dev-problems.ts";

/*
 * On every save `npm start` also rendered the two hundred or so pages that are not story or list
 * pages (topics, helplines, printable cards, home, search, the sitemap...), though a saved story
 * seldom changes what they show. None of them shows a story's own view: they show the rest of each
 * language's view model (topics with their newest stories, helplines, the directory, the home
 * page's newest stories...), what every page shares, and (the sitemap) the address of every page.
 * So the dev server keys all of that at once, and while the key stays what it was when they were
 * last written, Eleventy skips their templates and the pages already in the output folder are
 * served (they are byte for byte what rendering again would write). A template not named here is
 * rendered on every save, so a new kind of page is never served stale.
 *
 * The feeds and the open data (`hub.json`, 17.6 MB at 10,000 stories) show every story's own view,
 * so any edit changes them, and rendering them took 1.6 s of a story edit at 10,000 stories. Nobody
 * looks at them while editing, so after the first build the dev server renders them only when
 * one of them is asked for (dev-session.ts holds the request until they are written).
 */

/** The templates, under `content/`, whose pages show only what `sitePagesKey` keys. */
const SITE_PAGES: ReadonlySet<string> = new Set([
  "404.njk",
  "about.md",
  "es/about.md",
  "es/safety.md",
  "help/index.njk",
  "help/resource.njk",
  "host-headers.njk",
  "host-redirects.njk",
  "index.njk",
  "open-data/hsds/organizations.njk",
  "open-data/hsds/services.njk",
  "other-countries.njk",
  "robots.njk",
  "safety.md",
  "search.njk",
  // It lists every page: it is rendered with all the others, or with none (collections.all must be whole).
  "sitemap.njk",
  "topics/card.njk",
  "topics/index.njk",
  "topics/topic.njk",
]);

/** The templates, under `content/`, of the feeds and the open data that show every story. */
const OPEN_DATA: ReadonlySet<string> = new Set(["feed.njk", "open-data/hub.njk"]);

/** The addresses `OPEN_DATA` writes, as their permalinks say: a feed per language, and `hub.json`. */
export function openDataUrls(editions: readonly Hub[]): string[] {
  return [...editions.map((edition) => `${edition.base}/feed.xml`), "/open-data/hub.json"];
}

/**
 * What the pages of `SITE_PAGES` show: what every page shares and the code (`shared`, page-reuse.ts),
 * every language's view model but its story views and story lists, and every story and list
 * page's address (the sitemap's).
 */
export function sitePagesKey(editions: readonly Hub[], shared: string, urls: Iterable<string>): string {
  const rest = editions.map(({ stories, storyLists, ...others }) => others);
  return createHash("sha256")
    .update(shared)
    .update("\0")
    .update(JSON.stringify(rest))
    .update("\0")
    .update([...urls].join("\n"))
    .digest("hex");
}

/** What the dev server's hub says about the pages outside `hub.batch`. */
export interface DevPages {
  /** Present when nothing the pages of `SITE_PAGES` show changed since they were last written. */
  sitePagesUnchanged?: true;
  /** Present when the pages of `OPEN_DATA` are not rendered in this pass. */
  openDataSkipped?: true;
}

/** What a template's Eleventy data tells: the hub it sees, and which template it is. */
export interface TemplateData {
  hub?: unknown;
  page?: { inputPath?: string };
}

/**
 * Whether `npm start` skips a template in this rebuild: every template while the data is refused
 * (dev-problems.ts), the templates of `SITE_PAGES` while what they show is unchanged, and those of
 * `OPEN_DATA` when the pass leaves them out.
 */
export function skippedByDevServer(data: TemplateData, inputDir = "content"): boolean {
  if (isRefused(data)) return true;
  const hub = data.hub as DevPages | undefined;
  if (hub?.sitePagesUnchanged !== true && hub?.openDataSkipped !== true) return false;
  const input = (data.page?.inputPath ?? "").replace(/^\.\//, "");
  const prefix = `${inputDir.replace(/^\.\//, "").replace(/\/$/, "")}/`;
  if (!input.startsWith(prefix)) return false;
  const template = input.slice(prefix.length);
  return (
    (hub.sitePagesUnchanged === true && SITE_PAGES.has(template)) ||
    (hub.openDataSkipped === true && OPEN_DATA.has(template))
  );
}
