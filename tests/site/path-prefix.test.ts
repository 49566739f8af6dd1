import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../scripts/lib/static-server.ts";
import { readSettings } from "../../src/build/settings.ts";
import { parsePage } from "../helpers/html.ts";
import { type BuiltSite, sharedSettings, sharedSite, variantSite } from "../helpers/site.ts";

/**
 * The site as a host under a path (GitHub Pages project sites, a folder on a shared domain):
 * the shared `hub` site, built for /hub/, served under /hub/ and nowhere else, then crawled.
 */
const PREFIX = "/hub/";
const SITE_URL = "https://help.example.net";

let site: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  expect(sharedSettings("hub")).toMatchObject({ siteUrl: SITE_URL, pathPrefix: PREFIX });
  site = await sharedSite("hub");
  server = await serveFolder(site.dir, { prefix: PREFIX });
});
afterAll(() => server?.close());

/** Every address a page, the feed, the sitemap or robots.txt points at, with what pointed at it. */
function linksIn(file: string, text: string): string[] {
  if (file.endsWith(".html")) {
    const doc = parsePage(text);
    const attrs = [
      ...[...doc.querySelectorAll("a[href], link[href]")].map((e) => e.getAttribute("href")),
      ...[...doc.querySelectorAll("script[src], img[src]")].map((e) => e.getAttribute("src")),
      ...[...doc.querySelectorAll("form[action]")].map((e) => e.getAttribute("action")),
    ];
    return attrs.filter((a): a is string => Boolean(a));
  }
  if (file.endsWith(".xml")) {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(text);
    const found: string[] = [];
    const walk = (value: unknown, key = ""): void => {
      if (Array.isArray(value)) for (const v of value) walk(v, key);
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
      else if ((key === "href" || key === "loc") && typeof value === "string") found.push(value);
    };
    walk(parsed);
    return found;
  }
  return [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1] ?? "");
}

describe("a site built for /hub/ and served under /hub/", () => {
  it("has no broken internal link, asset, feed or sitemap address, and none that leaves /hub/", async () => {
    const toCheck = new Map<string, string>();
    const sources = site.files.filter((f) => /\.(html|xml)$/.test(f) || f === "robots.txt");
    for (const file of sources) {
      for (const link of linksIn(file, await site.read(file))) {
        if (/^(tel|sms|mailto):/.test(link)) continue;
        const local = link.startsWith(SITE_URL) ? link.slice(SITE_URL.length) : link;
        if (/^https?:/.test(local)) continue;
        if (local.startsWith("#")) continue;
        const target = new URL(local, `${server.origin}${PREFIX}${file}`);
        target.hash = "";
        expect(target.pathname, `${file} links to ${link}`).toMatch(/^\/hub\//);
        toCheck.set(target.href, `${file} → ${link}`);
      }
    }
    expect(toCheck.size).toBeGreaterThan(40);
    const broken: string[] = [];
    for (const [url, from] of toCheck) {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) broken.push(`${response.status} ${from}`);
    }
    expect(broken).toEqual([]);
  });

  it("serves every file of the search bundle under /hub/pagefind/", async () => {
    const files = (await readdir(path.join(site.dir, "pagefind"), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(site.dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
    expect(files).toContain("pagefind/pagefind.js");
    for (const file of files) {
      const response = await fetch(`${server.url}${file}`);
      await response.arrayBuffer();
      expect(response.status, file).toBe(200);
    }
  });

  it("answers a missing page with the 404 page, whose links still work from any depth", async () => {
    const response = await fetch(`${server.url}no/such/page/`);
    expect(response.status).toBe(404);
    const doc = parsePage(await response.text());
    // The site's own links; its help box also links to phones and to helplines' chats.
    const hrefs = [...doc.querySelectorAll("main a")]
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => !/^[a-z]+:/.test(href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/hub\//);
  });
});

describe("two builds of the same commit", () => {
  it("are identical file by file, even on another day, but for a search index built in shards", async () => {
    const second = await variantSite("hub-another-day-in-shards");
    const { pathPrefix, siteUrl, today } = sharedSettings("hub");
    const settings = readSettings(second.env);
    expect(settings).toMatchObject({ pathPrefix, siteUrl, searchShardSize: 10 });
    expect(settings.today).not.toBe(today);
    // The second build's search index is in shards (tests/publish/search-shards.test.ts shows they
    // find what the one index finds). The index is built from the records of the data, which take
    // no day (prepareHub has none), and Pagefind writes the same bytes for the same records (the
    // warm build's test depends on that: tests/site/warm-build.test.ts).
    const outsideIndex = (files: string[]) => files.filter((file) => !/^pagefind(-\d+)?\//.test(file));
    expect(outsideIndex(second.files)).toEqual(outsideIndex(site.files));
    expect(outsideIndex(site.files).length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const file of outsideIndex(site.files)) {
      const [a, b] = await Promise.all([readFile(path.join(site.dir, file)), readFile(path.join(second.dir, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
