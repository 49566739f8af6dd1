import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { allPageUrls, type PageData, writesInPass } from "./src/build/build-pass.ts";
import { configOptions } from "./src/build/config-options.ts";
import { skippedByDevServer, type TemplateData, writesHubExport } from "./src/build/dev-pages.ts";
import { devProblemsMiddleware, serveThroughProblems } from "./src/build/dev-problems.ts";
import { searchIndexFrom } from "./src/build/dev-search-index.ts";
import { type BuildHub, editionFor } from "./src/build/load-hub.ts";
import { OUTPUT_DIR } from "./src/build/settings.ts";
import { markdownLibrary } from "./src/model/markdown.ts";
import { crisisWordsJson } from "./src/publish/crisis-words.ts";
import { storyFeed, toRfc3339 } from "./src/publish/feed.ts";
import { securityHeaders } from "./src/publish/headers.ts";
import { headersFile, redirectsFile } from "./src/publish/hosting.ts";
import { hsdsOrganizations, hsdsServices } from "./src/publish/hsds.ts";
import { writeHubExport } from "./src/publish/hub-export.ts";
import { pageMetadata } from "./src/publish/page-metadata.ts";
import { publicUrl, siteRoot } from "./src/publish/site-address.ts";
import { markNames } from "./src/view/english-names.ts";
import type { Hub } from "./src/view/hub.ts";
import { otherLanguage, pageLanguage, twinUrl } from "./src/view/language.ts";

/*
 * The Eleventy adapter: it wires the hub's data and pages together and holds no logic of its own.
 * Data: `src/build/load-hub.ts` loads, checks and pairs everything in `_data/` once per build;
 * `npm run build` runs Eleventy through `src/build/build-site.ts`, which hands this file its settings.
 * Pages: `content/` (Nunjucks), with layouts in `content/_layouts` and macros in `content/_includes`.
 * Run it through tsx (see package.json): Eleventy 3 does not load a TypeScript config by itself.
 */
export default function (eleventyConfig: UserConfig) {
  // Settings as values from the build (src/build/build-site.ts), or from the environment for the
  // dev server; read per run, not at import: Node caches this module.
  const { settings, pass, hub, dev } = configOptions(eleventyConfig, process.env);

  // Data: one global `hub`; the dev server's is read afresh on every rebuild so it shows data edits.
  let runHub: unknown;
  eleventyConfig.addGlobalData("hub", async () => {
    runHub = await (settings.serving ? serveThroughProblems(hub()) : hub());
    return runHub;
  });
  // The open data's biggest file is written a record at a time once the run's pages are, not
  // rendered as one string (src/publish/hub-export.ts); before the dev server hears the run ended.
  eleventyConfig.on("eleventy.after", () => {
    if (writesHubExport(runHub, pass)) writeHubExport(settings.outputDir, runHub);
  });
  // The dev server watches the data folder itself and starts a rebuild by touching one file
  // (src/build/dev-session.ts), and learns when the pages of a rebuild are written.
  eleventyConfig.addWatchTarget(
    dev?.trigger ?? (path.isAbsolute(settings.dataDir) ? settings.dataDir : `./${settings.dataDir}/`),
  );
  if (dev) eleventyConfig.on("eleventy.after", dev.passWritten);

  // `npm start` with refused data writes no page and shows the problems on every page it serves
  // until they are fixed (src/build/dev-problems.ts); holds a request for a page not yet rendered
  // again (src/build/dev-session.ts); renders the pages that are not story pages only when what
  // they show changed (src/build/dev-pages.ts); its search uses the last published index
  // (src/build/dev-search-index.ts). A big hub is built in passes: only the first writes the pages
  // outside hub.batch (src/build/build-pass.ts). A preprocessor returning false skips its
  // template (https://www.11ty.dev/docs/config-preprocessors/).
  eleventyConfig.setServerOptions({
    middleware: [
      ...(dev ? [dev.middleware] : []),
      devProblemsMiddleware,
      searchIndexFrom(OUTPUT_DIR, settings.outputDir, settings.pathPrefix),
    ],
  });
  // Eleventy waits for a saved file to stop changing for 150 ms before it rebuilds
  // (https://www.11ty.dev/docs/watch-serve/#advanced-chokidar-configuration); a data file is
  // written at once, so a shorter wait shows a save sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  eleventyConfig.addPreprocessor("pages-to-write", "*", (data: PageData & TemplateData) =>
    !skippedByDevServer(data) && writesInPass(data, pass) ? undefined : false,
  );

  // Markdown pages use the same renderer as data: no raw HTML, external links without referrer.
  eleventyConfig.setLibrary("md", markdownLibrary);

  // Assets, copied as they are; `npm run build` minifies them afterwards (src/build/minify-assets.ts).
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // Every root-relative link gets the path prefix, so the site works under any folder.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Languages: each page shows its own language's hub, found from its address (src/view/language.ts).
  eleventyConfig.addFilter("edition", (hub: BuildHub, url: string) => editionFor(hub, url));
  eleventyConfig.addFilter("twinUrl", twinUrl);
  eleventyConfig.addFilter("otherLanguage", (url: string) => otherLanguage(pageLanguage(url)));
  // English names inside Spanish sentences, marked as English (HTML, escaped; `| safe` after it).
  eleventyConfig.addFilter("markNames", markNames);

  // Publishing: full addresses and <head> metadata for every page, the Atom feed and its dates,
  // the open data files and the hosts' `_headers`; the logic lives in src/.
  const root = (siteUrl: string) => siteRoot(siteUrl, settings.pathPrefix);
  eleventyConfig.addFilter("publicUrl", (path: string, siteUrl: string) => publicUrl(root(siteUrl), path));
  eleventyConfig.addFilter("pageMetadata", (hub: Hub, url: string, title?: string, description?: string) =>
    pageMetadata(hub, { url, title, description }, root(hub.site.url)),
  );
  eleventyConfig.addFilter("storyFeed", storyFeed);
  eleventyConfig.addFilter("dateToRfc3339", toRfc3339);
  eleventyConfig.addFilter("hsdsServices", hsdsServices);
  eleventyConfig.addFilter("hsdsOrganizations", hsdsOrganizations);
  eleventyConfig.addFilter("crisisWords", crisisWordsJson);
  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value, null, 2));
  eleventyConfig.addFilter("allPageUrls", (pages: { url: string }[], hub: BuildHub) => allPageUrls(pages, hub.pages));
  eleventyConfig.addShortcode("headersFile", () => headersFile(securityHeaders(), settings.pathPrefix));
  eleventyConfig.addShortcode("redirectsFile", () => redirectsFile(settings.pathPrefix));

  // A data mistake must never be shown on a page; Nunjucks must fail instead of printing "undefined".
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: true, autoescape: true });

  return {
    dir: { input: "content", includes: "_includes", layouts: "_layouts", output: settings.outputDir },
    pathPrefix: settings.pathPrefix,
    templateFormats: ["njk", "md"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
