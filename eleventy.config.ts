import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type PageData, writesInPass } from "./src/build-pass.ts";
import { loadHub } from "./src/load-hub.ts";
import { markdownLibrary } from "./src/markdown.ts";
import { readSettings } from "./src/settings.ts";

/*
 * The Eleventy adapter: it wires the hub's data and pages together and holds no logic of its own.
 * Data: `src/load-hub.ts` loads, checks and pairs everything in `_data/` once per build.
 * Pages: `content/` (Nunjucks), with layouts in `content/_layouts` and macros in `content/_includes`.
 * Run it through tsx (see package.json): Eleventy 3 does not load a TypeScript config by itself.
 */
export default function (eleventyConfig: UserConfig) {
  // Read here, not at import: Node caches this module, and tests build several sites in one process.
  const settings = readSettings(process.env);

  // Data: one global `hub`, rebuilt on every build so the dev server sees data edits.
  eleventyConfig.addGlobalData("hub", () => loadHub(settings));
  eleventyConfig.addWatchTarget(`./${settings.dataDir}/`);

  // A big hub is built in passes: only the first writes the pages outside hub.batch (src/build-pass.ts).
  // A preprocessor returning false skips its template (https://www.11ty.dev/docs/config-preprocessors/).
  eleventyConfig.addPreprocessor("build-pass", "*", (data: PageData) =>
    writesInPass(data, settings.pass) ? undefined : false,
  );

  // Markdown pages use the same renderer as data: no raw HTML, external links without referrer.
  eleventyConfig.setLibrary("md", markdownLibrary);

  // Assets, copied as they are.
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // Every root-relative link gets the path prefix, so the site works under any folder.
  eleventyConfig.addPlugin(HtmlBasePlugin);

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
