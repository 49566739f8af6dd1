import type { StoryListPage, StoryView } from "../view/hub.ts";

/**
 * A big hub is built in passes. Eleventy keeps every page it renders (its data, its content and its
 * finished HTML) until the whole build ends, so one run's memory grows with the number of pages: at
 * 50,000 stories, gigabytes. The build (build-site.ts) therefore runs Eleventy once per pass into
 * the same folder. Story pages and story-list pages, the only pages whose number grows with the
 * data, are shared out between the passes (templates page over `hub.batch`); the first pass writes
 * every other page, and when there are several passes, only those: the open data, the sitemap and
 * the feeds of a big hub are big themselves (docs/performance.md, "Issue 14, third round"), so a
 * story page's share beside them made that pass the build's peak. The data is loaded and prepared
 * once for all passes.
 */
export interface BuildPass {
  /** Which pass, from 0. */
  index: number;
  /** How many passes the build makes. */
  count: number;
}

/** A build in one pass writes every page. */
export const WHOLE_BUILD: BuildPass = { index: 0, count: 1 };

/**
 * Story pages per pass unless `HUB_STORIES_PER_PASS` says otherwise (src/build/settings.ts); a
 * story's page in each language counts as one each. A pass holds its pages until it ends: with
 * both languages, a 10,000-story hub peaked far lower with 2,000 a pass than with 4,000, for no
 * more CPU, while the fixed cost of a pass (starting Eleventy, collecting the last pass's garbage)
 * stays small (docs/performance.md, "Issue 14, second round").
 */
export const STORIES_PER_PASS = 2000;

/** The story pages and story-list pages one pass writes. */
export interface Batch {
  stories: readonly StoryView[];
  storyLists: readonly StoryListPage[];
}

/**
 * A build in one pass writes the whole batch; in several, the first writes none of it and each
 * pass after it the next of `count - 1` equal, consecutive shares of each list.
 */
export function batchOf(all: Batch, { index, count }: BuildPass): Batch {
  const share = <T>(list: readonly T[]): readonly T[] => {
    if (count === 1) return list;
    const size = Math.ceil(list.length / (count - 1));
    return index === 0 ? [] : list.slice((index - 1) * size, index * size);
  };
  return Object.freeze({ stories: share(all.stories), storyLists: share(all.storyLists) });
}

/**
 * Whether a template is written in `pass`: one that pages over `hub.batch` writes its share in
 * every pass, any other only in the first, so no page is rendered twice. The dev server (no
 * pass) writes everything.
 */
export function writesInPass(template: PageData, pass: BuildPass | undefined): boolean {
  return !pass || pass.index === 0 || String(template.pagination?.data).startsWith("hub.batch.");
}

/** The part of a template's Eleventy data that says what it pages over. */
export interface PageData {
  pagination?: { data?: unknown };
}

/**
 * The address of every page, sorted: the pages Eleventy knows in this run (`collections.all`)
 * and every story and story-list page, which in a build in passes other passes write.
 */
export function allPageUrls(pages: readonly { url: string }[], all: Batch): string[] {
  const urls = new Set(pages.map((p) => p.url));
  for (const page of [...all.stories, ...all.storyLists]) urls.add(page.url);
  return [...urls].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How many passes a build of `stories` story pages makes: one, or one for the other pages and one per `perPass` story pages. */
export function passCount(stories: number, perPass: number): number {
  return stories <= perPass ? 1 : Math.ceil(stories / perPass) + 1;
}
