import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { buildSite } from "../tests/helpers/site.ts";
import { serveFolder } from "./lib/static-server.ts";

/*
 * `npm run screenshots`: builds the site (with its search index) into a temporary folder and saves
 * full-page PNGs of the pages visitors land on most, searches included, on a phone and a desktop,
 * in light and dark, into
 * `.scratch/screenshots/` (ignored by git). Look at them after any change to layout or color.
 * Reuses the test helpers so the pages are built and served exactly as the browser tests see them.
 */
const OUT = path.resolve(".scratch/screenshots");
const PAGES: ReadonlyArray<readonly [name: string, url: string]> = [
  ["home", ""],
  ["topic", "topics/child-abuse/"],
  ["story", "stories/blanchard-smart-advocacy/"],
  ["story-reform", "stories/blanchard-kardashian-prison-reform/"],
  ["search-no-results", "search/?q=zzzxqv"],
  ["search-crisis", "search/?q=kill+myself"],
  ["help", "help/"],
  ["other-countries", "other-countries/"],
  ["card", "topics/child-abuse/card/"],
  ["helpline", "help/crisis-text-line/"],
];
const WIDTHS = [360, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

// With the search index, so the search pages show what a visitor's search shows.
const site = await buildSite({ search: true });
const server = await serveFolder(site.dir);
const browser = await launchBrowser();
try {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await context.newPage();
      for (const [name, url] of PAGES) {
        await page.goto(server.url + url);
        // A search page is finished when the search script has said how it went.
        if (url.startsWith("search/")) await page.locator("[data-search-status]:not(:empty)").waitFor();
        await page.waitForFunction(() => !document.querySelector("[data-search-status]")?.textContent?.endsWith("…"));
        const file = path.join(OUT, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(path.relative(process.cwd(), file));
      }
      await context.close();
    }
  }
  const print = await browser.newPage();
  for (const [name, url] of PAGES) {
    await print.goto(server.url + url);
    await print.emulateMedia({ media: "print" });
    const file = path.join(OUT, `${name}-print.png`);
    await print.screenshot({ path: file, fullPage: true });
    console.log(path.relative(process.cwd(), file));
  }
} finally {
  await browser.close();
  await server.close();
  await rm(site.dir, { recursive: true, force: true });
}
