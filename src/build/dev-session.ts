import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { WHOLE_BUILD } from "./build-pass.ts";
import { type DataChanges, type DataWatcher, watchDataFolder } from "./dev-data-watch.ts";
import { type DevPages, openDataUrls, SITEMAP_URL, sitePagesAt } from "./dev-pages.ts";
import { type BuildHub, type DevLoad, devHub, hubForPass, type LoadHubOptions } from "./load-hub.ts";

/*
 * At 10,000 stories a resource shown on about 4,800 story pages took 54 s to show in `npm start`,
 * because a save rendered every page it changed before the browser reloaded. Now a save renders
 * first what the maintainer can see: the pages it changed that were asked for in the last minutes
 * (story and list pages, and the others: topics, helplines, home... see dev-pages.ts), and all the
 * story and list pages it changed when that is few; the browser reloads, and the other pages it
 * changed are rendered right after, once no save has come for a moment: the pages that are not
 * story pages in one pass, the story and list pages a chunk per pass. The feeds and the open data
 * are rendered only when asked for.
 *
 * A page is never served from before the save: a request for a page still to render (or any page
 * while a save is being read or a pass renders it) waits until it is written, and moves it to the
 * front. Every page served is what a build from nothing writes for the data as it is
 * (tests/build/dev-pages.test.ts).
 *
 * Passes are Eleventy's rebuilds: the session asks for one through `wake` (the dev server touches
 * a small file Eleventy watches, since Eleventy has no public call that starts a rebuild), picks
 * the pages of each in `hub()`, and learns they are written from `passWritten()`
 * (`eleventy.after`).
 */

/** At most this many story and list pages in a pass that nobody waits for: a few seconds of rendering, so a save is not kept waiting long. */
const CHUNK = 300;
/** A page asked for this recently is one the maintainer may be looking at: it is rendered first. */
const RECENT_MS = 10 * 60_000;
/** The other pages start rendering once no save or pass came for this long. */
const IDLE_MS = 1_000;
/**
 * A request waits at most this long: only a pass that failed with an error (which Eleventy shows)
 * leaves a page unwritten, and then the last page written is better than no answer.
 */
const HOLD_LIMIT_MS = 5 * 60_000;

export interface DevSessionOptions {
  load: LoadHubOptions;
  /** The path the site is served under, stripped from requests. */
  pathPrefix?: string | undefined;
  /** Asks Eleventy for a pass; unset, a watching session touches its own watched file (`trigger`). */
  wake?: (() => void) | undefined;
  /** Watch the data folder and read only the files that changed; unset, every pass reads all the data. */
  watch?: boolean | undefined;
  /** Pages per pass nobody waits for (`CHUNK`). */
  chunk?: number | undefined;
}

/** One pass of Eleventy: what it renders and with which keys. */
interface Pass {
  load: DevLoad;
  /** The story and list pages it renders. */
  pages: ReadonlySet<string>;
  /** The topic, helpline and card pages it renders (`DevLoad.perPage`). */
  perPage: ReadonlySet<string>;
  /** Whether it renders the other pages that are not story pages (home, search, help index...). */
  sitePages: boolean;
  /** Whether it renders the sitemap, and so all of the above. */
  sitemap: boolean;
  openData: boolean;
}

interface Waiter {
  url: string;
  release: () => void;
}

export interface DevSession {
  /** The hub of the next pass: the pages it renders in `batch`, the others flagged as skipped (DevPages). */
  hub(): Promise<BuildHub>;
  /** Eleventy wrote the last pass (`eleventy.after`). */
  passWritten(): void;
  /** Resolves once the page at `url` (a path on the site) can be served as it is now. */
  ready(url: string): Promise<void>;
  /** Middleware for Eleventy's dev server: holds each request until `ready`. */
  middleware(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  /** Whether a save was seen that no pass has read yet. */
  readonly saved: boolean;
  /** Whether changed pages remain to render, besides the feeds and open data nobody asked for. */
  readonly unfinished: boolean;
  /** The file Eleventy watches to start a pass, when the session touches one (`npm start`). */
  readonly trigger: string | undefined;
  close(): void;
}

export function devSession({ load, pathPrefix = "/", wake, watch, chunk = CHUNK }: DevSessionOptions): DevSession {
  const loadHub = devHub(load);
  const trigger = wake || !watch ? undefined : triggerFile();
  const askForPass = wake ?? (() => trigger && writeFileSync(trigger, String(Date.now())));
  /** Each story and list page in the output folder: the view it was rendered from, and the shared key. */
  const written = new Map<string, { view: object; shared: string }>();
  /** The site pages' key (DevLoad.sitePages) when the sitemap, the other site pages and each topic, helpline and card page were last written. */
  let writtenSitemap: string | undefined;
  let writtenSite: string | undefined;
  const writtenPerPage = new Map<string, string>();
  let writtenOpenData: DevLoad | undefined;
  let latest: DevLoad | undefined;
  let running: Pass | undefined;
  let loading = false;
  let refused = false;
  let asked = false;
  let idle: NodeJS.Timeout | undefined;
  const requested = new Map<string, number>();
  const waiters: Waiter[] = [];

  const ask = () => {
    clearTimeout(idle);
    if (asked) return;
    asked = true;
    askForPass();
  };
  const watcher: DataWatcher | undefined = watch ? watchDataFolder(load.dataDir, ask) : undefined;

  // A page is as it should be when the view it was written from is the very view it has now (a
  // view an edit did not reach is kept as the same object, src/view/reuse.ts), or one with the
  // same key; keys are made only where the objects differ, mostly in background passes.
  const isStale = (now: DevLoad, url: string) => {
    const was = written.get(url);
    return !was || was.shared !== now.shared || was.view !== now.views.get(url);
  };
  const stale = (now: DevLoad) => [...now.views.keys()].filter((url) => isStale(now, url));
  /** Whether a page's new view has the key of the one it was written from; if so, it is written. */
  const unchanged = (now: DevLoad, url: string) => {
    const was = written.get(url);
    const view = now.views.get(url) as object;
    if (!was || was.shared !== now.shared || now.key(was.view) !== now.key(view)) return false;
    written.set(url, { view, shared: now.shared });
    return true;
  };
  const openUrls = (now: DevLoad) => new Set(openDataUrls(now.hub.editions));
  /** Whether the file at `url` is one of the pages that are not story or list pages (or the 404 page, for an address that is no page). */
  const sitePage = (now: DevLoad, url: string) => pageLike(url) && !now.views.has(url) && !openUrls(now).has(url);
  /** Which of the pages that are not story or list pages `url` is: each topic, helpline and card page, the sitemap, or one of the others. */
  const siteKind = (now: DevLoad, url: string) =>
    now.perPage.has(url) ? "per-page" : url === SITEMAP_URL ? "sitemap" : "site";
  const siteStale = (now: DevLoad, url: string) => {
    const kind = siteKind(now, url);
    const was = kind === "per-page" ? writtenPerPage.get(url) : kind === "sitemap" ? writtenSitemap : writtenSite;
    return was !== now.sitePages;
  };
  // Pages, feeds and data the build writes; not the assets, the search index or the dev servers' own files.
  const pageLike = (url: string) =>
    !/^\/(\.|assets\/|pagefind(-\d+)?\/)/.test(url) && (url.endsWith("/") || /\.(html|xml|json|txt)$/.test(url));

  /** Whether the file at `url` may be from before the last save. */
  const held = (url: string): boolean => {
    if (refused) return false;
    // A save seen but not yet read may have changed any page.
    if ((loading || watcher?.pending === true) && pageLike(url)) return true;
    const pass = running;
    if (pass) {
      if (pass.pages.has(url) || pass.perPage.has(url)) return true;
      if (pass.openData && openUrls(pass.load).has(url)) return true;
      if (sitePage(pass.load, url)) {
        const kind = siteKind(pass.load, url);
        if ((kind === "site" && pass.sitePages) || (kind === "sitemap" && pass.sitemap)) return true;
      }
    }
    if (!latest) return false;
    if (latest.views.has(url)) return isStale(latest, url);
    if (openUrls(latest).has(url)) return writtenOpenData !== latest;
    return sitePage(latest, url) && siteStale(latest, url);
  };
  /** Whether some page that is not a story or list page is still to render. */
  const siteUnfinished = (now: DevLoad) => writtenSitemap !== now.sitePages;

  /** Lets go every request whose page is now as it should be; asks for a pass when one waits for a page no pass renders. */
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (held(waiter.url)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.release();
    }
    if (running || loading || refused || !latest) return;
    if (waiters.length > 0) return ask();
    if (stale(latest).length > 0 || siteUnfinished(latest)) {
      clearTimeout(idle);
      idle = setTimeout(ask, IDLE_MS);
    }
  };

  const choose = (now: DevLoad, before: DevLoad | undefined): Pass => {
    const first = written.size === 0 || writtenSitemap === undefined;
    const toRender = stale(now);
    const waiting = new Set(waiters.map((w) => w.url));
    const since = Date.now() - RECENT_MS;
    const looked = (url: string) => waiting.has(url) || (requested.get(url) ?? 0) > since;
    let pages = toRender;
    if (!first && toRender.length > chunk) {
      // What this save changed, when it is few pages (a story edit): the edited record's own pages among them.
      const changed = toRender.filter((url) => before?.views.get(url) !== now.views.get(url));
      // No page changed since the last pass: a pass for the pages left over.
      const background = changed.length === 0;
      const saved = changed.length <= chunk ? new Set(changed) : new Set<string>();
      const wanted = new Set(toRender.filter((url) => saved.has(url) || looked(url)));
      const rest: string[] = [];
      if (background) {
        // Views made again but equal to the ones written (a story on the resource's topic that
        // does not show it) need no rendering; a bounded number of them are keyed per pass.
        let keyed = 0;
        for (const url of toRender) {
          if (rest.length >= chunk || keyed >= 4 * chunk) break;
          if (wanted.has(url)) continue;
          keyed++;
          if (!unchanged(now, url)) rest.push(url);
        }
      }
      pages = [...wanted, ...rest];
    }
    const openWanted = openDataUrls(now.hub.editions).some((url) => waiting.has(url));
    // The site pages a save changed that are looked at come with its story pages; all of them
    // (the sitemap lists every one) in a pass after it, or when the sitemap itself is asked for.
    const siteAll = first || (siteUnfinished(now) && (now === before || waiting.has(SITEMAP_URL)));
    const lookedSite = [...requested.keys()].filter((url) => looked(url) && sitePage(now, url) && siteStale(now, url));
    // The pages of a save first; the others when no save is being shown (`background`), a chunk at a time.
    return {
      load: now,
      pages: new Set(siteAll && !first && now === before ? pages.filter(looked) : pages),
      perPage: siteAll ? now.perPage : new Set(lookedSite.filter((url) => now.perPage.has(url))),
      sitePages: siteAll || lookedSite.some((url) => siteKind(now, url) === "site"),
      sitemap: siteAll,
      openData: now !== writtenOpenData && (first || openWanted),
    };
  };

  const session: DevSession = {
    trigger,
    get saved() {
      return watcher?.pending === true;
    },
    get unfinished() {
      return latest !== undefined && (stale(latest).length > 0 || siteUnfinished(latest));
    },
    async hub() {
      asked = false;
      clearTimeout(idle);
      const changes: DataChanges = watcher ? watcher.take() : "everything";
      const before = latest;
      if (!latest || refused || changes === "everything" || changes.size > 0) {
        loading = true;
        try {
          latest = await loadHub(changes);
          refused = false;
        } catch (error) {
          // Refused data writes no page (dev-problems.ts): every request gets the last pages written, with the problems.
          refused = true;
          loading = false;
          running = undefined;
          settle();
          throw error;
        }
        loading = false;
      }
      const pass = choose(latest, before);
      running = pass;
      settle();
      const skipped: DevPages = {
        ...(pass.sitePages ? {} : { sitePagesSkipped: true as const }),
        ...(pass.sitemap ? {} : { sitemapSkipped: true as const }),
        ...(pass.openData ? {} : { openDataSkipped: true as const }),
      };
      const pages = pass.load.hub.pages;
      const batch = {
        stories: pages.stories.filter((page) => pass.pages.has(page.url)),
        storyLists: pages.storyLists.filter((page) => pass.pages.has(page.url)),
      };
      const all = pass.sitemap ? pass.load.hub.all : sitePagesAt(pass.load.hub.all, pass.perPage);
      return Object.freeze({ ...hubForPass(pass.load.hub, WHOLE_BUILD, batch), all, ...skipped });
    },
    passWritten() {
      const pass = running;
      running = undefined;
      if (pass) {
        const { views, shared } = pass.load;
        for (const url of pass.pages) written.set(url, { view: views.get(url) as object, shared });
        for (const url of written.keys()) if (!views.has(url)) written.delete(url);
        for (const url of pass.perPage) writtenPerPage.set(url, pass.load.sitePages);
        for (const url of writtenPerPage.keys()) if (!pass.load.perPage.has(url)) writtenPerPage.delete(url);
        if (pass.sitePages) writtenSite = pass.load.sitePages;
        if (pass.sitemap) writtenSitemap = pass.load.sitePages;
        if (pass.openData) writtenOpenData = pass.load;
      }
      settle();
    },
    ready(url) {
      requested.set(url, Date.now());
      if (!held(url)) return Promise.resolve();
      return new Promise((resolve) => {
        const waiter: Waiter = { url, release: () => resolve() };
        const limit = setTimeout(() => {
          const at = waiters.indexOf(waiter);
          if (at !== -1) waiters.splice(at, 1);
          resolve();
        }, HOLD_LIMIT_MS);
        waiter.release = () => {
          clearTimeout(limit);
          resolve();
        };
        waiters.push(waiter);
        settle();
      });
    },
    middleware(request, _response, next) {
      const url = sitePath(request.url ?? "/", pathPrefix);
      void session.ready(url).then(next);
    },
    close() {
      clearTimeout(idle);
      watcher?.close();
      if (trigger) rmSync(path.dirname(trigger), { recursive: true, force: true });
    },
  };
  return session;
}

/** The path of a request on the site: without the query, the path prefix or a final `index.html`. */
export function sitePath(requestUrl: string, pathPrefix: string): string {
  let url = decodeURIComponent(requestUrl.split(/[?#]/)[0] ?? "/");
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  if (prefix !== "/" && url.startsWith(prefix)) url = `/${url.slice(prefix.length)}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** A file of its own for this server to touch (in the system's temporary folder, removed on exit). */
function triggerFile(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "hub-dev-"));
  const file = path.join(folder, "wake");
  writeFileSync(file, "");
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  return file;
}
