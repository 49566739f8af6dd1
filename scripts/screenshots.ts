import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildSite } from "../src/build/build-site.ts";
import { readSettings } from "../src/build/settings.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium.ts";
import { serveFolder } from "./lib/static-server.ts";

/*
 * `npm run screenshots`: builds the site as `npm run build` does (src/build/build-site.ts, the same
 * settings from the environment, the search index included) into a temporary folder, serves it as
 * the browser tests do, and saves full-page PNGs of the pages visitors land on most, searches
 * included, on a phone and a desktop, in light and dark, into `.scratch/screenshots/` (ignored by
 * git), English and Spanish. Look at them after any change to layout, color or wording.
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
  // The Spanish pages (docs/translating.md): longer words, other lines first.
  ["es-home", "es/"],
  ["es-topic", "es/topics/child-abuse/"],
  ["es-story", "es/stories/blanchard-smart-advocacy/"],
  ["es-help", "es/help/"],
  ["es-helpline", "es/help/988-lifeline/"],
  ["es-search-crisis", "es/search/?q=me+quiero+morir"],
];
const WIDTHS = [360, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

const work = await mkdtemp(path.join(os.tmpdir(), "hub-screenshots-"));
const siteDir = path.join(work, "site");
const settings = { ...readSettings(process.env), outputDir: siteDir };
const built = await buildSite(settings);
if (!built.ok) {
  await rm(work, { recursive: true, force: true });
  console.error(built.report);
  process.exit(1);
}
const server = await serveFolder(siteDir, { prefix: settings.pathPrefix });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
  await rm(work, { recursive: true, force: true });
}
