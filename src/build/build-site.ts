import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { staleProblem, staleResources, staleWarning } from "../data/freshness.ts";
import { DataError, findDataError } from "../data/problem.ts";
import { staleTranslationProblem, staleTranslations, staleTranslationWarning } from "../data/translations.ts";
import { LANGUAGES } from "../model/translation.ts";
import { indexSearch } from "../publish/search-index.ts";
import { searchRecords } from "../publish/search-records.ts";
import { passCount } from "./build-pass.ts";
import { handToConfig } from "./config-options.ts";
import { checkData, hubForPass, prepareHub } from "./load-hub.ts";
import { minifyAssets } from "./minify-assets.ts";
import { describeRecovery, previousFolder, recoverOutput, stagingFolder } from "./output-folder.ts";
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
      /** Resources checked too long ago, and Spanish whose English has changed, when the build was not strict about them. */
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
    // Every story has a page in each language, and each pass writes its share of all of them.
    const passes = passCount(data.stories.length * LANGUAGES.length, settings.storiesPerPass);
    for (let index = 0; index < passes; index++) {
      const pass = { index, count: passes };
      const eleventy = new Eleventy("content", staging, {
        configPath: "eleventy.config.ts",
        quietMode: true,
        // Settings travel as values: the config callback hands them to eleventy.config.ts.
        config: handToConfig({
          settings: { ...settings, outputDir: staging },
          pass,
          hub: async () => hubForPass(hub, pass),
        }),
      });
      // Eleventy would print its own error report with stack traces; the caller reports instead.
      eleventy.disableLogger();
      await eleventy.write();
      if (index < passes - 1) collectGarbage();
    }
    // The dev server serves the assets as written, which is easier to debug; a published site
    // gets them minified, so each page fits the first round trip (minify-assets.ts).
    await minifyAssets(staging);
    // Indexed before the swap, so a failed index leaves the previous site in place too.
    // One index per language: each language's pages and its own words (src/publish/search-records.ts).
    const search = await indexSearch(staging, hub.editions.flatMap(searchRecords), {
      shardSize: settings.searchShardSize,
    });
    await swapIn(staging, target, previousFolder(target));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const inPasses = passes > 1 ? `, in ${passes} passes of up to ${settings.storiesPerPass} story pages` : "";
    const shards = search.shards > 1 ? ` in ${search.shards} index shards` : "";
    return {
      ok: true,
      recovered,
      report: `Built ${await countFiles(target)} files into ${settings.outputDir}/ in ${seconds} s${inPasses} (${search.pages} pages searchable${shards}).`,
      warning: warnings([
        stale.length > 0 ? staleWarning(stale, maxAgeDays) : "",
        staleSpanish.length > 0 ? staleTranslationWarning(staleSpanish) : "",
      ]),
    };
  } catch (error) {
    // Eleventy may still be finishing writes it started before the failure; rm retries on the
    // ENOTEMPTY that racing them gives.
    await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    return { ok: false, recovered, report: failureReport(error, settings.outputDir) };
  }
}

/** What the build warns about, one warning after the other; undefined when nothing. */
function warnings(list: readonly string[]): string | undefined {
  const said = list.filter(Boolean);
  return said.length > 0 ? said.join("\n") : undefined;
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
  if (hadSite) await rm(previous, { recursive: true, force: true });
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

async function countFiles(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
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
