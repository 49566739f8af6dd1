import type { BrowserContext, BrowserContextOptions } from "playwright-core";
import { type StaticServer, serveFolder } from "../../scripts/lib/static-server.ts";
import { type BrowserOptions, connectBrowser, type TestBrowser } from "../helpers/browser.ts";
import { type BuiltSite, sharedSite } from "../helpers/site.ts";

/** The run's shared build of the real site, served like a static host, with a browser to visit it (tests/helpers/browser.ts). */
export interface SiteInBrowser {
  site: BuiltSite;
  server: StaticServer;
  browser: TestBrowser;
  /** Every built page's address relative to the site root (`stories/x/`, `404.html`), home first. */
  paths: string[];
  /** The English story pages among them (`stories/x/`); list pages (`stories/page/2/`) have one more part. */
  storyPaths: string[];
  /** A browser context for this site (a fresh profile: no history, cookies or storage). */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function openSite(options: BrowserOptions = {}): Promise<SiteInBrowser> {
  const site = await sharedSite("default");
  const server = await serveFolder(site.dir);
  const browser = await connectBrowser(options);
  const paths = [...(await site.pages()).keys()].map((url) => url.slice(1)).sort();
  return {
    site,
    server,
    browser,
    paths,
    storyPaths: paths.filter((p) => /^stories\/[^/]+\/$/.test(p)),
    context: (options = {}) => browser.newContext({ baseURL: server.url, ...options }),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The neutral site the quick exit leads to, answered locally so no test touches the network. */
export const EXIT_STUB = "<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>";
