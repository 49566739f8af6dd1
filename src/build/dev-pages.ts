import { createHash } from "node:crypto";
import type { CauseView, HelpCardView, Hub, ResourcePage } from "../view/hub.ts";
import { type BuildPass, writesInPass } from "./build-pass.ts";
import { isRefused } from "./dev-problems.ts";

/*
 * On every save `npm start` also rendered the two hundred or so pages that are not story or list
 * pages (topics, helplines, printable cards, home, search, the sitemap...), though a saved story
 * seldom changes what they show. None of them shows a story's own view: they show the rest of each
 * language's view model (topics with their newest stories, helplines, the directory, the home
 * page's newest stories...), what every page shares, and (the sitemap) the address of every page.
 * So the dev server keys all of that at once (`sitePagesKey`), and a page written with the key
 * there is now is served as it is (it is byte for byte what rendering again would write).
 *
 * A resource edit changes that key, and rendering all of these pages at once was over half of what
 * a resource edit took to show at 10,000 stories (docs/performance.md, "Issue 14, the resource
 * edit"). So they are rendered like story pages: those asked for first, the others in a pass of
 * their own once no save is being shown (dev-session.ts). Three kinds, by what lets a pass write
 * some of them and not others:
 * - the pages of a topic, a helpline and a topic's card (topics/topic.njk, help/resource.njk,
 *   topics/card.njk) one by one: their templates page over `hub.all`, which in a pass of the dev
 *   server holds only the pages it renders (`sitePagesAt`; a template added that pages over
 *   `hub.all` needs its pages' addresses in `perPageUrls`, tests/build/dev-pages.test.ts);
 * - the other pages that show only what the key keys (`SITE_PAGES`: about ten per language)
 *   together: a preprocessor skips their templates, which Eleventy cannot do page by page;
 * - the sitemap, which lists what Eleventy rendered in the same run (`collections.all`): only in
 *   a pass that renders every one of the others (`SITEMAP`).
 * A template not named here is rendered on every save, so a new kind of page is never served stale.
 *
 * The feeds and the open data (`hub.json`) show every story's own view, so any edit changes them,
 * and rendering them was most of a story edit at 10,000 stories (docs/performance.md, "What a save
 * costs"). Nobody looks at them while editing, so after the first build the dev server renders them
 * only when one of them is asked for (dev-session.ts holds the request until they are written).
 */

/** The other templates, under `content/`, whose pages show only what `sitePagesKey` keys: rendered together. */
const SITE_PAGES: ReadonlySet<string> = new Set([
  "404.njk",
  "about.md",
  "es/about.md",
  "es/safety.md",
  "help/index.njk",
  "host-headers.njk",
  "host-redirects.njk",
  "index.njk",
  "open-data/hsds/organizations.njk",
  "open-data/hsds/services.njk",
  "other-countries.njk",
  "robots.njk",
  "safety.md",
  "search.njk",
  "topics/index.njk",
]);

/** The sitemap's template, and its address: it lists every page, so it is rendered with all the others or not at all. */
const SITEMAP = "sitemap.njk";
export const SITEMAP_URL = "/sitemap.xml";

/** The templates, under `content/`, that show every story: the feeds (`hub.json` has none, see `writesHubExport`). */
const OPEN_DATA: ReadonlySet<string> = new Set(["feed.njk"]);

/**
 * Whether this run writes `hub.json`, which no template renders (src/publish/hub-export.ts):
 * when it would render the `OPEN_DATA` templates, in the first pass of a build.
 */
export function writesHubExport(hub: unknown, pass: BuildPass | undefined): hub is Hub {
  if (typeof hub !== "object" || hub === null || isRefused({ hub })) return false;
  return (hub as DevPages).openDataSkipped !== true && writesInPass({}, pass);
}

/** The addresses a run with the open data writes: a feed per language (`OPEN_DATA`'s permalinks), and `hub.json`. */
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

/** The addresses of the pages of the templates that page over `hub.all`, in every language, as their permalinks say. */
export function perPageUrls(all: SitePages): string[] {
  return [
    ...all.resourcePages.map((page) => page.resource.url),
    ...all.causes.map((cause) => cause.url),
    ...all.helpCards.map((card) => card.url),
  ];
}

/** What the templates of a topic's, a helpline's and a card's page page over (`hub.all`). */
export interface SitePages {
  causes: readonly CauseView[];
  resourcePages: readonly ResourcePage[];
  helpCards: readonly HelpCardView[];
}

/** The share of `all` whose addresses are in `urls`: the pages of those templates a pass renders. */
export function sitePagesAt(all: SitePages, urls: ReadonlySet<string>): SitePages {
  return {
    causes: all.causes.filter((cause) => urls.has(cause.url)),
    resourcePages: all.resourcePages.filter((page) => urls.has(page.resource.url)),
    helpCards: all.helpCards.filter((card) => urls.has(card.url)),
  };
}

/** What the dev server's hub says about the pages outside `hub.batch` and `hub.all`. */
export interface DevPages {
  /** Present when the pages of `SITE_PAGES` are not rendered in this pass. */
  sitePagesSkipped?: true;
  /** Present when the sitemap is not rendered in this pass. */
  sitemapSkipped?: true;
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
 * (dev-problems.ts), and those of `SITE_PAGES`, `SITEMAP` and `OPEN_DATA` when the pass leaves them out.
 */
export function skippedByDevServer(data: TemplateData, inputDir = "content"): boolean {
  if (isRefused(data)) return true;
  const hub = data.hub as DevPages | undefined;
  if (hub?.sitePagesSkipped !== true && hub?.sitemapSkipped !== true && hub?.openDataSkipped !== true) return false;
  const input = (data.page?.inputPath ?? "").replace(/^\.\//, "");
  const prefix = `${inputDir.replace(/^\.\//, "").replace(/\/$/, "")}/`;
  if (!input.startsWith(prefix)) return false;
  const template = input.slice(prefix.length);
  return (
    (hub.sitePagesSkipped === true && SITE_PAGES.has(template)) ||
    (hub.sitemapSkipped === true && template === SITEMAP) ||
    (hub.openDataSkipped === true && OPEN_DATA.has(template))
  );
}
