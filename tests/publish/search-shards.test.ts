import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../scripts/lib/static-server.ts";
import { connectBrowser, describeInBrowser, type TestBrowser } from "../helpers/browser.ts";
import { SEARCH_WAIT, showSearch } from "../helpers/search-page.ts";
import { type BuiltSite, sharedSite, variantSite } from "../helpers/site.ts";

/**
 * A big hub's search index comes in shards (src/publish/search-index.ts). Ten records a shard, five
 * of each language's, turns the real data's 25 pages a language into five shards, so the browser
 * must merge them all to find everything.
 */
let one: BuiltSite;
let sharded: BuiltSite;
let servers: StaticServer[];
let browser: TestBrowser;

beforeAll(async () => {
  one = await sharedSite("hub");
  // The same hub, its index in shards of ten records, built on another day (tests/helpers/site.ts).
  sharded = await variantSite("hub-another-day-in-shards");
  servers = await Promise.all([
    serveFolder(one.dir, { prefix: "/hub/" }),
    serveFolder(sharded.dir, { prefix: "/hub/" }),
  ]);
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all((servers ?? []).map((s) => s.close()));
});

/** One tab per site, reused for every query (`showSearch`: each query after the first is typed into the box). */
const tabs = new Map<StaticServer, Page>();

/** Every result for `query`, by address, best first, with "Show more results" pressed until there are no more. */
async function everyResult(server: StaticServer, query: string): Promise<string[]> {
  let page = tabs.get(server);
  if (!page) {
    page = await browser.newPage();
    tabs.set(server, page);
  }
  await showSearch(page, `${server.url}search/`, query);
  const status = page.locator("[data-search-status]");
  await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/results? for|No results/);
  const total = Number(/^(\d+) results? for/.exec((await status.textContent()) ?? "")?.[1] ?? 0);
  // Each result's own link, not the call or text button under it.
  const results = page.locator("[data-search-list] > li > a");
  while ((await results.count()) < total) {
    const shown = await results.count();
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect.poll(() => results.count(), SEARCH_WAIT).toBeGreaterThan(shown);
  }
  const links = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  return links.map(String);
}

describeInBrowser("search over an index in shards", () => {
  it("writes the shards and lists them for the browser", async () => {
    expect(JSON.parse(await sharded.read("pagefind/shards.json"))).toEqual([
      "pagefind-2/",
      "pagefind-3/",
      "pagefind-4/",
      "pagefind-5/",
    ]);
    expect(sharded.files).toContain("pagefind-5/pagefind-entry.json");
    expect(sharded.files.some((f) => f.startsWith("pagefind-6/"))).toBe(false);
  });

  it("finds every page one whole index finds, from every shard, best match first", async () => {
    const [whole, merged] = await Promise.all([
      everyResult(servers[0] as StaticServer, "the"),
      everyResult(servers[1] as StaticServer, "the"),
    ]);
    expect(merged.length).toBeGreaterThan(15);
    expect([...merged].sort()).toEqual([...whole].sort());
    // A shard without the word itself also offers near matches, so a merged search can find a
    // little more than one index would; it never finds less, and the best match stays first.
    for (const [query, best] of [
      ["Childhelp", "/hub/help/childhelp/"],
      ["741741", "/hub/help/crisis-text-line/"],
      ["Kardashian", "/hub/stories/blanchard-kardashian-prison-reform/"],
    ] as const) {
      const [one, shards] = await Promise.all([
        everyResult(servers[0] as StaticServer, query),
        everyResult(servers[1] as StaticServer, query),
      ]);
      expect(one[0], query).toBe(best);
      expect(shards[0], query).toBe(best);
      expect(shards, query).toEqual(expect.arrayContaining(one));
    }
  });
});
