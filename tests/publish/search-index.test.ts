import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../scripts/lib/static-server.ts";
import { securityHeaders } from "../../src/publish/headers.ts";
import { en } from "../../src/view/strings/en.ts";
import { es } from "../../src/view/strings/es.ts";
import { connectBrowser, describeInBrowser, type TestBrowser } from "../helpers/browser.ts";
import { SEARCH_WAIT, showSearch } from "../helpers/search-page.ts";
import { sharedSite } from "../helpers/site.ts";

/**
 * Search as a visitor meets it: in Chromium, on the shared site built for /hub/ and served under /hub/
 * with the site's real security headers, so a Content-Security-Policy violation shows up here.
 */

let server: StaticServer;
let browser: TestBrowser;
let context: BrowserContext;
const violations: string[] = [];

beforeAll(async () => {
  const site = await sharedSite("hub");
  // With the headers every host is told to send (src/publish/headers.ts).
  server = await serveFolder(site.dir, { prefix: "/hub/", headers: securityHeaders() });
  browser = await connectBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** One tab for every test; what it reports is noted against the page visited. */
let tab: Page | undefined;
let visiting = "";

async function theTab(): Promise<Page> {
  if (!tab) {
    tab = await context.newPage();
    tab.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${visiting}: ${message.text()}`);
    });
    tab.on("pageerror", (error) => violations.push(`${visiting}: ${error.message}`));
  }
  return tab;
}

/** The page at `path`, loaded afresh. */
async function open(path: string): Promise<Page> {
  const page = await theTab();
  visiting = path;
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The search page at `path` (`search/` or `es/search/`) showing its results for `query` (`showSearch`). */
async function searchOn(path: string, query: string): Promise<Page> {
  const page = await theTab();
  visiting = `${path}?q=${query}`;
  await showSearch(page, `${server.url}${path}`, query);
  return page;
}

/**
 * What people in crisis type, as they type it (lower case, no punctuation, accents or not), into
 * the English search and the Spanish one (/es/search/, its own index: `es` in _data/synonyms.ts).
 * Every one must put a result with a call or text button first.
 */
const CRISIS_PHRASINGS = [
  "kill myself",
  "i want to kill myself",
  "want to die",
  "i want to die",
  "suicide",
  "suicidal",
  "end my life",
  "self harm",
  "hurting myself",
  "cutting myself",
  "overdose",
  "depressed",
  "panic attack",
  "need to talk",
  "raped",
  "i was raped",
  "I was raped",
  "i was raped last night",
  "rape",
  "sexual assault",
  "molested",
  "sexually abused",
  "abused",
  "abuse",
  "child abuse",
  "hit me",
  "my parents hit me",
  "scared at home",
  "not safe at home",
  "domestic violence",
  "boyfriend hit me",
  "he hits me",
  "neglected",
  "missing child",
  "kidnapped",
  "deaf",
  "hard of hearing",
  "sign language",
  "tty",
  "spanish",
  "español",
];

const SPANISH_CRISIS_PHRASINGS = [
  "ayuda",
  "necesito ayuda",
  "abuso",
  "abuso sexual",
  "violación",
  "violacion",
  "me violaron",
  "me violó",
  "¿Me violó?",
  "me abusaron",
  "quiero morir",
  "me quiero morir",
  "suicidio",
  "me pegan",
  "maltrato",
  "maltrato infantil",
  "violencia doméstica",
  "violencia domestica",
  "mi pareja me pega",
  "me pega",
  "sordo",
];

/** Each result's own link, not the call or text button under it. */
const resultLinks = (page: Page) =>
  page.locator("[data-search-list] > li > a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

describeInBrowser("search in the browser", () => {
  it("finds Childhelp's page when a visitor searches for Childhelp, and says how many results there are", async () => {
    const page = await open("search/?q=Childhelp");
    await page.locator('[data-search-list] a[href="/hub/help/childhelp/"]').waitFor();
    const status = page.locator("[data-search-status]");
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/^\d+ results? for “Childhelp”\.$/);
    expect(await page.getByRole("searchbox", { name: "Search for a topic, helpline or story" }).inputValue()).toBe(
      "Childhelp",
    );
    expect(await page.locator("[data-search-results]").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Show more results" }).isVisible()).toBe(false);
  });

  it("shows ten results at a time, and takes the keyboard to the first of the next ten", async () => {
    const page = await open("search/?q=the");
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), SEARCH_WAIT)
      .toMatch(/^\d+ results for “the”\.$/);
    const total = Number((await page.locator("[data-search-status]").textContent())?.split(" ")[0]);
    expect(total).toBeGreaterThan(10);
    expect(await resultLinks(page)).toHaveLength(10);
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect.poll(async () => (await resultLinks(page)).length, SEARCH_WAIT).toBe(Math.min(total, 20));
    const eleventh = page.locator("[data-search-list] > li").nth(10).locator("> a");
    expect(await eleventh.evaluate((a) => a === document.activeElement)).toBe(true);
  });

  it("searches from the box in the header of any page", async () => {
    const page = await open("");
    await page.getByRole("searchbox", { name: "Search this site" }).fill("RAINN");
    await page.getByRole("searchbox", { name: "Search this site" }).press("Enter");
    await page.waitForURL(/\/hub\/search\/\?q=RAINN$/);
    await page.locator('[data-search-list] a[href="/hub/help/rainn/"]').waitFor();
  });

  it("searches again on the search page without a new address in the browser's history", async () => {
    const page = await open("search/");
    const before = await page.evaluate(() => history.length);
    await page.getByRole("searchbox", { name: "Search for a topic, helpline or story" }).fill("988");
    await page.getByRole("button", { name: "Search", exact: true }).last().click();
    await page.locator('[data-search-list] a[href="/hub/help/988-lifeline/"]').waitFor();
    expect(page.url()).toBe(`${server.url}search/`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect((await resultLinks(page)).every((href) => href?.startsWith("/hub/"))).toBe(true);
  });

  it("says so plainly when nothing matches, and points at the lines that answer now", async () => {
    const page = await open("search/?q=zzzxqv");
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), SEARCH_WAIT)
      .toMatch(/^No results for “zzzxqv”/);
    expect(await page.locator("[data-search-status]").textContent()).toContain("the lines below answer any time");
    expect(await resultLinks(page)).toEqual([]);
    const lines = page.getByRole("region", { name: "Need help now?" });
    expect(await lines.getByRole("link", { name: "Call 988" }).isVisible()).toBe(true);
  });

  it("links the search page to the help index by need, for visitors without JavaScript", async () => {
    const page = await open("search/");
    expect(
      await page.getByRole("link", { name: "Find a helpline by how you want to reach someone" }).getAttribute("href"),
    ).toBe("/hub/help/#find");
  });

  it.each([
    {
      language: "English",
      path: "search/",
      box: en.search.label,
      phrasings: CRISIS_PHRASINGS,
      said: "results? for|No results for",
    },
    {
      language: "Spanish",
      path: "es/search/",
      box: es.search.label,
      phrasings: SPANISH_CRISIS_PHRASINGS,
      said: "resultados? para|No hay resultados para",
    },
  ])(
    "puts a result with a call or text button first for every crisis phrasing in $language",
    async ({ path, box: label, phrasings, said }) => {
      const failures: string[] = [];
      // Typed into the search page one after another, as a visitor searches again: loading the page
      // and Pagefind afresh for each would cost more than the searches, and the order is the same.
      const page = await open(path);
      const box = page.getByRole("searchbox", { name: label });
      const status = page.locator("[data-search-status]");
      for (const query of phrasings) {
        await box.fill(query);
        await box.press("Enter");
        await expect
          .poll(() => status.textContent(), SEARCH_WAIT)
          .toMatch(new RegExp(`(${said}) “${query.replace(/[?()]/g, "\\$&")}”`));
        const first = await page.evaluate(() => {
          const item = document.querySelector("[data-search-list] > li");
          return {
            title: item?.querySelector("a")?.textContent ?? "no results",
            button: item?.querySelector(".search-results__call a")?.getAttribute("href") ?? "",
          };
        });
        if (!/^(tel|sms):/.test(first.button)) failures.push(`${query}: ${first.title}`);
      }
      expect(failures).toEqual([]);
      expect(phrasings.length).toBeGreaterThanOrEqual(15);
    },
  );

  it("never lists a page without a line to call before one with a line", async () => {
    const page = await searchOn("search/", "kidnapping");
    const links = await resultLinks(page);
    expect(links.indexOf("/hub/help/missing-kids/")).toBeGreaterThanOrEqual(0);
    expect(links.indexOf("/hub/help/missing-kids/")).toBeLessThan(
      links.indexOf("/hub/help/elizabeth-smart-foundation/"),
    );
    const buttons = await page
      .locator("[data-search-list] > li")
      .evaluateAll((items) => items.map((item) => item.querySelector(".search-results__call a") !== null));
    expect(buttons).toEqual([...buttons].sort((a, b) => Number(b) - Number(a)));
  });

  it.each([
    { query: "I was raped", line: "help/rainn/" },
    { query: "he hits me", line: "help/domestic-violence-hotline/" },
    { query: "my dad hits me", line: "help/childhelp/" },
    { query: "my boyfriend beats me", line: "help/domestic-violence-hotline/" },
    { query: "I want to die", line: "help/988-lifeline/" },
    { query: "kill myself", line: "help/988-lifeline/" },
    { query: "me violaron", line: "es/help/rainn/" },
    { query: "me violó", line: "es/help/rainn/" },
    { query: "me abusaron", line: "es/help/rainn/" },
    { query: "me quiero morir", line: "es/help/988-lifeline/" },
    { query: "me pega", line: "es/help/domestic-violence-hotline/" },
    { query: "mi papá me pega", line: "es/help/childhelp/" },
  ])("puts the line for $query first, whatever else its words match", async ({ query, line }) => {
    const page = await searchOn(line.startsWith("es/") ? "es/search/" : "search/", query);
    expect((await resultLinks(page))[0]).toBe(`/hub/${line}`);
    // The line is listed once, at the top, not again where Pagefind ranked it.
    expect((await resultLinks(page)).filter((href) => href === `/hub/${line}`)).toHaveLength(1);
  });

  it("puts the 988 Lifeline among the first results for words about suicide, and RAINN for rape, calmly described", async () => {
    for (const [query, line] of [
      ["kill myself", "/hub/help/988-lifeline/"],
      ["raped", "/hub/help/rainn/"],
      ["quiero morir", "/hub/es/help/988-lifeline/"],
      ["violación", "/hub/es/help/rainn/"],
    ] as const) {
      const page = await searchOn(line.includes("/es/") ? "es/search/" : "search/", query);
      const links = await resultLinks(page);
      expect(links.slice(0, 3), query).toContain(line);
      // Each result says what the page is, not the words the visitor typed.
      expect(await page.locator(".search-results__excerpt").first().textContent()).not.toContain(query);
    }
  });

  it("runs the search and shows the structured data without a single Content-Security-Policy violation", async () => {
    for (const path of [
      "",
      "stories/blanchard-smart-advocacy/",
      "help/childhelp/",
      "search/?q=abuse",
      "es/search/?q=ayuda",
    ]) {
      const page = await open(path);
      expect(await page.locator('script[type="application/ld+json"]').count(), path).toBe(1);
      if (path.startsWith("search/")) await page.locator("[data-search-list] a").first().waitFor();
    }
    expect(violations).toEqual([]);
  });
});
