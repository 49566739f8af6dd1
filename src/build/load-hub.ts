import { emptyLoadMemory, type LoadOptions, loadData } from "../data/load.ts";
import { DataError, type DataProblem } from "../data/problem.ts";
import { type CheckMemo, validateData } from "../data/validate.ts";
import type { HubData } from "../model/hub-data.ts";
import { contentSecurityPolicyMeta } from "../publish/headers.ts";
import { sitePathProblem, siteRoot } from "../publish/site-address.ts";
import { buildEditions, type Editions } from "../view/editions.ts";
import type { Hub } from "../view/hub.ts";
import { pageLanguage } from "../view/language.ts";
import { type Reuse, viewReuse } from "../view/reuse.ts";
import { STRINGS } from "../view/strings/index.ts";
import { type Batch, type BuildPass, batchOf, WHOLE_BUILD } from "./build-pass.ts";
import type { DataChanges } from "./dev-data-watch.ts";
import { type DevPages, perPageUrls, type SitePages, sitePagesKey } from "./dev-pages.ts";
import { codeHash, type PageKeys, pageKey, sharedKey } from "./page-reuse.ts";

export interface LoadHubOptions {
  dataDir: string;
  /** YYYY-MM-DD; story dates after it are refused. */
  today: string;
  /** Replaces `url` in `_data/site.ts`, for builds published elsewhere. */
  siteUrl?: string | undefined;
  /**
   * The path the site is served under (`/` when absent), for the full page addresses in reports;
   * the site's address may end in it, or in no path at all.
   */
  pathPrefix?: string | undefined;
  /** How long one data file may take to load, in milliseconds (see src/data/data-file-pool.ts). */
  dataTimeLimitMs?: number | undefined;
  /** `npm start`, which loads the data again on every save: the threads that read it are kept. */
  serving?: boolean | undefined;
  /** Where data files already run are remembered (src/data/data-file-cache.ts); unset, every file is run. */
  cacheDir?: string | undefined;
}

/**
 * The hub as the templates see it (`hub`): the view model in the site's own language, every
 * language's (`languages`), the pages of every language for the templates that page over them
 * (`all`, `batch`), and what this build adds. A page shows its own language's hub, found from its
 * address (`edition`), so there is still one template per kind of page.
 */
export interface BuildHub extends Hub, DevPages {
  languages: Editions;
  /** Every language's hub, the site's own first: single pages (home, search...) page over it. */
  editions: readonly Hub[];
  /** Every language's story and story-list pages: each pass writes its share (`batch`), the sitemap lists them all. */
  pages: Batch;
  /**
   * The pages of every language, for the templates that write one page per item; in `npm start`,
   * those the pass renders (dev-pages.ts).
   */
  all: SitePages;
  /** The story pages and story-list pages this build pass writes: all of them unless the build runs in passes. */
  batch: Batch;
  /** The Content-Security-Policy every page carries in its `<meta http-equiv>` (see src/publish/headers.ts). */
  contentSecurityPolicy: string;
}

/**
 * Loads and checks all data; throws a `DataError` listing every problem when any is found.
 * `memo` (the dev server's) keeps each unchanged record's own checks between saves (validate.ts);
 * `since`, what it knows of the files from the last load (src/data/load.ts).
 */
export async function checkData(
  { dataDir, today, siteUrl, pathPrefix = "/", dataTimeLimitMs, serving = false, cacheDir }: LoadHubOptions,
  memo?: CheckMemo,
  since?: LoadOptions["since"],
): Promise<HubData> {
  const { raw, problems: loadProblems } = await loadData(dataDir, {
    timeLimitMs: dataTimeLimitMs,
    keepWorkers: serving,
    cacheDir,
    since,
  });
  if (siteUrl && raw.site && typeof raw.site.value === "object") {
    raw.site = { file: `${raw.site.file} (url from SITE_URL)`, value: { ...raw.site.value, url: siteUrl } };
  }
  const { data, problems } = validateData(raw, today, memo);
  const all = [...loadProblems, ...problems];
  const pathProblem = data && sitePathProblem(data.site.url, pathPrefix);
  if (data && pathProblem) {
    all.push({ file: raw.site?.file ?? "_data/site.ts", field: "url", value: data.site.url, message: pathProblem });
  }
  if (data && !STRINGS[data.site.language]) {
    all.push({
      file: raw.site?.file ?? "_data/site.ts",
      field: "language",
      value: data.site.language,
      message: `has no interface text; add src/view/strings/${data.site.language}.ts (a copy of en.ts, translated)`,
    });
  }
  if (all.length > 0 || !data) throw new DataError(byFile(all));
  return data;
}

/**
 * Loads, checks and prepares all data for the pages, afresh on every call, as the dev server needs
 * on every rebuild; throws a `DataError` as `checkData` does. `npm run build` checks and prepares
 * once and gives each of its passes its share instead (src/build/build-site.ts).
 */
export async function loadHub(options: LoadHubOptions): Promise<BuildHub> {
  return hubForPass(prepareHub(await checkData(options), options.pathPrefix ?? "/"), WHOLE_BUILD);
}

/** The hub before a pass takes its share of the story pages: every language's, prepared once. */
export type PreparedHub = Omit<BuildHub, "batch" | "contentSecurityPolicy">;

/** What the dev server learns from one load of the data (`devHub`). */
export interface DevLoad {
  hub: PreparedHub;
  /** Every story and list page's view, by address: a view an edit did not reach is the same object as before. */
  views: ReadonlyMap<string, object>;
  /** The key of what those pages share besides their own view (page-reuse.ts). */
  shared: string;
  /** The key of what the pages that are not story or list pages show (dev-pages.ts). */
  sitePages: string;
  /** The addresses of the topic, helpline and card pages: each is rendered on its own (dev-pages.ts). */
  perPage: ReadonlySet<string>;
  /** A page's key, made from its view when first asked for (most views a resource edit makes again are only hashed in the background). */
  key(view: object): string;
}

/**
 * The hub for `npm start`, loaded again on every save, with what tells its pages apart from the
 * last ones written: the dev server renders only the pages whose view changed (dev-session.ts),
 * since Eleventy leaves the pages it does not write in the output folder.
 *
 * A save's work follows what it changed, not the size of the hub: only the files `changed` names
 * are read again (src/data/load.ts; "everything" reads every file); the data file cache hands back
 * the same record object for every file that did not change, so only the saved file is checked
 * again (`memo`); the view model takes every part the edit did not reach from the last one
 * (`reuse`, src/view/reuse.ts), so an unchanged page's view is the same object.
 * What comes out is what a build from nothing makes of the same data (tests/build/load-hub.test.ts).
 */
export function devHub(options: LoadHubOptions): (changed: DataChanges) => Promise<DevLoad> {
  const memo: CheckMemo = new WeakMap();
  const reuse = viewReuse();
  const keys: PageKeys = new WeakMap();
  const memory = emptyLoadMemory();
  return async (changed) => {
    const prefix = options.pathPrefix ?? "/";
    const hub = prepareHub(await checkData(options, memo, { memory, changed }), prefix, reuse);
    // Read on every save: content/ changes without restarting the server.
    const shared = sharedKey(hub, prefix, contentSecurityPolicyMeta(), await codeHash());
    const views = new Map<string, object>();
    for (const page of [...hub.pages.stories, ...hub.pages.storyLists]) views.set(page.url, page);
    const sitePages = sitePagesKey(hub.editions, shared, views.keys());
    return {
      hub,
      views,
      shared,
      sitePages,
      perPage: new Set(perPageUrls(hub.all)),
      key: (view) => pageKey(view, keys),
    };
  };
}

/**
 * The hub one pass of a build sees: its `batch` of the story and story list pages to render, both
 * languages' shared out, so each pass writes its share of each (`pages`: all of them unless the
 * build takes some from the last build, see page-reuse.ts). Frozen, as the hub itself is, so
 * Eleventy shares it between templates instead of copying it.
 */
export function hubForPass(hub: PreparedHub, pass: BuildPass, pages: Batch = hub.pages): BuildHub {
  const batch = batchOf(pages, pass);
  return Object.freeze({ ...hub, batch, contentSecurityPolicy: contentSecurityPolicyMeta() });
}

/**
 * The view model of checked data in every language (src/view/editions.ts), with full addresses
 * under `pathPrefix`; the site's own language's is the hub's own fields. `reuse`: the dev server's
 * memory of the view model it built before.
 */
export function prepareHub(data: HubData, pathPrefix: string, reuse?: Reuse): PreparedHub {
  const languages = buildEditions(
    data,
    { storiesPerPage: 20, latestCount: 5, relatedCount: 3, siteRoot: siteRoot(data.site.url, pathPrefix) },
    reuse,
  );
  const editions = Object.values(languages);
  return {
    ...languages.en,
    languages,
    editions,
    pages: { stories: editions.flatMap((h) => h.stories), storyLists: editions.flatMap((h) => h.storyLists) },
    all: {
      causes: editions.flatMap((h) => h.causes),
      resourcePages: editions.flatMap((h) => h.resourcePages),
      helpCards: editions.flatMap((h) => h.helpCards),
    },
  };
}

/** The hub a page at `url` shows: its own language's (src/view/language.ts). */
export function editionFor(hub: BuildHub, url: string): Hub {
  return hub.languages[pageLanguage(url)];
}

/** One file's problems together, files in order, each file's problems in the order found. */
function byFile(problems: readonly DataProblem[]): DataProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
