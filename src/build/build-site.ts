import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { staleProblem, staleResources, staleWarning } from "../data/freshness.ts";
import { DataError, findDataError } from "../data/problem.ts";
import { staleTranslationProblem, staleTranslations, staleTranslationWarning } from "../data/translations.ts";
import { contentSecurityPolicyMeta } from "../publish/headers.ts";
import { hostWarnings, siteFootprint } from "../publish/host-limits.ts";
import { type IndexedSearch, indexSearch } from "../publish/search-index.ts";
import { searchRecordList } from "../publish/search-records.ts";
import { siteRoot } from "../publish/site-address.ts";
import { splitSitemapFile } from "../publish/sitemap-index.ts";
import { type Batch, passCount } from "./build-pass.ts";
import { handToConfig } from "./config-options.ts";
import { checkData, hubForPass, type PreparedHub, prepareHub } from "./load-hub.ts";
import { minifyAssets } from "./minify-assets.ts";
import { describeRecovery, previousFolder, recoverOutput, removeFolder, stagingFolder } from "./output-folder.ts";
import {
  codeHash,
  pageRecord,
  pagesToRender,
  readRecord,
  recordFile,
  reusablePages,
  reuseFolder,
  reusePages,
  writeRecord,
} from "./page-reuse.ts";
import { outputDirOf, readSettings, type Settings, SettingsError } from "./settings.ts";

/** What a build says when it ends: `report` for the console (stdout on success, stderr on failure). */
export type BuildOutcome = {
  /** What was cleaned up or put back after an earlier build that did not finish (output-folder.ts). */
  recovered: string | undefined;
} & (
  | {
      ok: true;
      /** "Built 87 files into _site/ in 1.8 s (22 pages searchable)." */
      report: string;
      /**
       * Resources checked too long ago, and Spanish whose English has changed, when the build was
       * not strict about them; hosts whose limits the site is over.
       */
      warning: string | undefined;
    }
  | {
      ok: false;
      /** Every problem with the data, or what else failed, and that the published site was left alone. */
      report: string;
    }
);

/**
 * The build behind `npm run build`, the tests and the screenshots: checks all data first, then
 * builds the whole site into a fresh folder beside `settings.outputDir` (Eleventy, minified assets,
 * the search index) and swaps it in only when every step has succeeded. A build that fails, for bad data or anything else, leaves the
 * previous site exactly as it was, and says what to fix without a stack trace. Resources checked
 * too long ago are a warning, or when `settings.freshness.strict` a failure (src/data/freshness.ts).
 * A big hub is built in passes, one Eleventy run each, so memory stays bounded (build-pass.ts);
 * the data is read, checked and prepared once, here, and every pass reuses it.
 * Runs Eleventy with the project's `content/` and `eleventy.config.ts`, so call it from the
 * project folder. Build once per process, or only with the same settings (as the passes of one
 * build are): Eleventy keeps compiled layouts and templates in caches that last as long as the
 * process (its LayoutCache and TemplateContent's compile cache), holding the filters of the first
 * run's config, so a later build with another path prefix or site address can come out wrong.
 * Turning the caches off (`setUseTemplateCache(false)`) costs a third more CPU at 4,000 stories.
 */
export async function buildSite(settings: Settings): Promise<BuildOutcome> {
  const started = performance.now();
  const target = path.resolve(settings.outputDir);
  const staging = stagingFolder(target);
  let recovered: string | undefined;
  try {
    // Before anything else, so even a build that then refuses the data leaves a whole site behind.
    recovered = describeRecovery(await recoverOutput(target), target);
    // Checked before Eleventy starts, so bad data never gets as far as writing a file.
    const data = await checkData({ ...settings, serving: false });
    const maxAgeDays = settings.freshness.maxAgeDays ?? data.site.staleAfterDays;
    const stale = staleResources(data.resources, settings.today, maxAgeDays);
    // Spanish translated from English that has since changed (src/data/translations.ts): the same rule.
    const staleSpanish = staleTranslations(data);
    if (settings.freshness.strict && stale.length + staleSpanish.length > 0) {
      throw new DataError([
        ...stale.map((s) => staleProblem(s, maxAgeDays)),
        ...staleSpanish.map(staleTranslationProblem),
      ]);
    }
    const hub = prepareHub(data, settings.pathPrefix);

    // Imported only now: loading Eleventy takes longer than checking the data, and a maintainer
    // waiting to hear what is wrong should not wait for it.
    const { default: Eleventy } = await import("@11ty/eleventy");
    // The search index is built from the data, not the pages, so Pagefind (a process of its own)
    // indexes while Eleventy renders: on two cores that takes its time off the build's wall time.
    // Settled, not thrown, until the pages are written, so a failed pass never leaves it unwatched.
    // One index per language: each language's pages and its own words (src/publish/search-records.ts).
    // A shard whose records and code are as they were when the published site was built is taken
    // from it, not indexed again.
    const recordPath = recordFile(settings.cacheDir, target);
    const previous = await readRecord(recordPath);
    // The templates, the code and the packages, read once for the search shards' keys and the pages'.
    const code = await codeHash();
    const searching = indexSearch(staging, hub.editions.map(searchRecordList), {
      shardSize: settings.searchShardSize,
      code,
      reuse: async (folder, key) => previous?.search?.[folder] === key && reuseFolder(target, staging, folder),
    }).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    // Story and story list pages whose every input is as it was when the published site was
    // built are taken from it, not rendered again (page-reuse.ts).
    const record = pageRecord(hub, settings.pathPrefix, contentSecurityPolicyMeta(), code);
    const reusable = stillThere(target, reusablePages(previous, record));
    const toRender = pagesToRender(hub, reusable);
    // Every story has a page in each language, and each pass writes its share of all of them.
    const passes = passCount(toRender.stories.length, settings.storiesPerPass);
    try {
      await writePages(Eleventy, staging, settings, hub, toRender, passes);
      // The last pass's garbage, before the steps after it add theirs: at 50,000 stories the
      // sitemap split and the page record otherwise stood on it and made the build's peak.
      collectGarbage();
      const missing = reusePages(target, staging, reusable);
      if (missing.size > 0)
        throw new Error(`Pages of the published site went missing while building: ${[...missing].join(", ")}`);
    } catch (error) {
      // Pagefind is still writing into the staging folder, which the failure removes.
      await searching;
      throw error;
    }
    // The dev server serves the assets as written, which is easier to debug; a published site
    // gets them minified, so each page fits the first round trip (minify-assets.ts).
    await minifyAssets(staging);
    // Awaited before the swap, so a failed index leaves the previous site in place too.
    const indexed = await searching;
    if (!indexed.ok) throw indexed.error;
    const search = indexed.result;
    // Over 50,000 addresses, sitemap.xml becomes an index of sitemap files (sitemap-index.ts).
    await splitSitemapFile(staging, siteRoot(hub.site.url, settings.pathPrefix));
    const footprint = siteFootprint(staging);
    // The last build's record goes first: if the new one then cannot be written, the next build
    // finds none and renders everything, instead of trusting keys of a site no longer published.
    await rm(recordPath, { force: true });
    await swapIn(staging, target, previousFolder(target));
    await writeRecord(recordPath, { ...record, search: search.keys });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const inPasses = passes > 1 ? `, in ${passes} passes of up to ${settings.storiesPerPass} story pages` : "";
    const reused =
      reusable.size > 0 ? `; ${reusable.size} unchanged story and list pages taken from the last build` : "";
    return {
      ok: true,
      recovered,
      report: `Built ${footprint.files} files into ${settings.outputDir}/ in ${seconds} s${inPasses} (${search.pages} pages searchable${shardNote(search)}${reused}).`,
      warning: warnings([
        stale.length > 0 ? staleWarning(stale, maxAgeDays) : "",
        staleSpanish.length > 0 ? staleTranslationWarning(staleSpanish) : "",
        ...hostWarnings(footprint),
      ]),
    };
  } catch (error) {
    // Eleventy may still be finishing writes it started before the failure; rm retries on the
    // ENOTEMPTY that racing them gives.
    await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    return { ok: false, recovered, report: failureReport(error, settings.outputDir) };
  }
}

/** How the search index was written, after "N pages searchable": its shards, and those taken from the last build. */
function shardNote({ shards, reused }: IndexedSearch): string {
  if (shards > 1) return ` in ${shards} index shards${reused > 0 ? `, ${reused} taken from the last build` : ""}`;
  return reused > 0 ? ", its index taken from the last build" : "";
}

/**
 * Writes the pages in `passes` runs of Eleventy, each its share of the story pages
 * (build-pass.ts), collecting the garbage before each.
 */
async function writePages(
  Eleventy: typeof import("@11ty/eleventy").default,
  staging: string,
  settings: Settings,
  hub: PreparedHub,
  pages: Batch,
  passes: number,
): Promise<void> {
  for (let index = 0; index < passes; index++) {
    // Before each pass, the garbage of what came before it: before the first, the view model's
    // keys and the first search shard's records, which at 50,000 stories otherwise stood beside
    // Eleventy's start and made the build's peak (docs/performance.md).
    collectGarbage();
    const pass = { index, count: passes };
    const eleventy = new Eleventy("content", staging, {
      configPath: "eleventy.config.ts",
      quietMode: true,
      // Settings travel as values: the config callback hands them to eleventy.config.ts.
      config: handToConfig({
        settings: { ...settings, outputDir: staging },
        pass,
        hub: async () => hubForPass(hub, pass, pages),
      }),
    });
    // Eleventy would print its own error report with stack traces; the caller reports instead.
    eleventy.disableLogger();
    await eleventy.write();
  }
}

/**
 * `npm run build` as a function: the settings from the environment and the command line, checked
 * (a wrong one is a failed build that names it), then `buildSite`.
 */
export async function buildFromEnvironment(
  env: NodeJS.ProcessEnv,
  args: readonly string[] = [],
): Promise<BuildOutcome> {
  let settings: Settings;
  try {
    settings = readSettings(env, { args });
  } catch (error) {
    return { ok: false, recovered: undefined, report: failureReport(error, outputDirOf(env)) };
  }
  return buildSite(settings);
}

/**
 * What a failed build says: every problem with the data, or the innermost message of anything
 * else, and that the published site is untouched. No stack trace: the reader is a maintainer.
 */
export function failureReport(error: unknown, outputDir: string): string {
  const known = findDataError(error) ?? (error instanceof SettingsError ? error : undefined);
  const what = known ? known.message : `The build failed; nothing was published.\n${describe(error)}`;
  return `${what}\nThe site in ${outputDir}/ was left as it was.`;
}

/** Two renames in the same folder: the old site is replaced whole, never half-written. */
async function swapIn(from: string, to: string, previous: string): Promise<void> {
  const hadSite = await rename(to, previous).then(
    () => true,
    () => false,
  );
  await rename(from, to);
  if (hadSite) removeFolder(previous);
}

/**
 * V8 collects lazily: left alone, the pages of finished passes stay in memory until the heap nears
 * its limit (a quarter of the machine's memory), which doubled the peak at 50,000 stories. Node
 * offers gc() only behind a flag, which can be set while running, as jest's leak detector does
 * (https://nodejs.org/api/v8.html#v8setflagsfromstringflags).
 */
function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

/** The reusable story pages whose file the published site in `site` still has. */
function stillThere(site: string, urls: Set<string>): Set<string> {
  // One after another, as the pages are reused (page-reuse.ts says why).
  return new Set([...urls].filter((url) => existsSync(path.join(site, url, "index.html"))));
}

/** What the build warns about, one warning after the other; undefined when nothing. */
function warnings(list: readonly string[]): string | undefined {
  const said = list.filter(Boolean);
  return said.length > 0 ? said.join("\n") : undefined;
}

/** Eleventy's own errors nest; the innermost message is the one that says what went wrong. */
function describe(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    messages.push(current.message);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return messages.join("\n  ");
}
