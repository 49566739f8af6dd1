import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { passCount, WHOLE_BUILD } from "../src/build/build-pass.ts";
import { checkDataOnce, loadHub } from "../src/build/load-hub.ts";
import { describeRecovery, previousFolder, recoverOutput, stagingFolder } from "../src/build/output-folder.ts";
import { readSettings, type Settings, SettingsError } from "../src/build/settings.ts";
import { readFreshnessOptions, staleProblem, staleResources, staleWarning } from "../src/data/freshness.ts";
import { DataError, findDataError } from "../src/data/problem.ts";
import { staleTranslationProblem, staleTranslations, staleTranslationWarning } from "../src/data/translations.ts";
import { indexSearch } from "../src/publish/search-index.ts";
import { searchRecords } from "../src/publish/search-records.ts";

/*
 * `npm run build`: checks all data first, then builds the whole site into a fresh folder beside
 * the output folder and swaps it in only when every step has succeeded. A build that fails, for
 * bad data or anything else, leaves the previous site exactly as it was, and says what to fix
 * without a stack trace. Resources checked too long ago are a warning, or with `--strict`
 * (or HUB_STRICT_FRESHNESS=1) a failure; see src/data/freshness.ts.
 * A big hub is built in passes, one Eleventy run each, so memory stays bounded (src/build/build-pass.ts);
 * the data is read and checked once, here, and every pass reuses it.
 */
const started = performance.now();
let settings: Settings | undefined;
let staging: string | undefined;

try {
  settings = readSettings(process.env);
  const target = path.resolve(settings.outputDir);
  // Before anything else, so even a build that then refuses the data leaves a whole site behind.
  const recovered = describeRecovery(await recoverOutput(target), target);
  if (recovered) console.log(recovered);
  staging = stagingFolder(target);
  // The Eleventy config reads the output folder from the environment (its dir.output wins over ours).
  process.env.HUB_OUTPUT_DIR = staging;

  // Checked before Eleventy starts, so bad data never gets as far as writing a file.
  const data = await checkDataOnce(settings);
  const freshness = readFreshnessOptions(process.argv.slice(2), process.env, data.site.staleAfterDays);
  const stale = staleResources(data.resources, settings.today, freshness.maxAgeDays);
  // Spanish translated from English that has since changed (src/data/translations.ts): the same rule.
  const staleSpanish = staleTranslations(data);
  if (freshness.strict && stale.length + staleSpanish.length > 0) {
    throw new DataError([
      ...stale.map((s) => staleProblem(s, freshness.maxAgeDays)),
      ...staleSpanish.map(staleTranslationProblem),
    ]);
  }

  // Imported only now: loading Eleventy takes longer than checking the data, and a maintainer
  // waiting to hear what is wrong should not wait for it.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const passes = passCount(data.stories.length, settings.storiesPerPass);
  for (let pass = 1; pass <= passes; pass++) {
    // Read by the Eleventy config (src/build/settings.ts), which gives this pass its share of the pages.
    process.env.HUB_PASS = `${pass}/${passes}`;
    const eleventy = new Eleventy("content", staging, { configPath: "eleventy.config.ts", quietMode: true });
    // Eleventy would print its own error report with stack traces; this script reports instead.
    eleventy.disableLogger();
    await eleventy.write();
    if (pass < passes) collectGarbage();
  }
  // Indexed before the swap, so a failed index leaves the previous site in place too. The hub the
  // passes built from is shared, not prepared again (src/build/load-hub.ts).
  const hub = await loadHub({ ...settings, pass: WHOLE_BUILD });
  // One index per language: each language's pages, its own words (src/publish/search-records.ts).
  const search = await indexSearch(staging, hub.editions.flatMap(searchRecords), {
    shardSize: settings.searchShardSize,
  });
  await swapIn(staging, target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const inPasses = passes > 1 ? `, in ${passes} passes of up to ${settings.storiesPerPass} stories` : "";
  console.log(
    `Built ${await countFiles(target)} files into ${settings.outputDir}/ in ${seconds} s${inPasses} (${search.pages} pages searchable${search.shards > 1 ? ` in ${search.shards} index shards` : ""}).`,
  );
  if (stale.length > 0) console.warn(staleWarning(stale, freshness.maxAgeDays));
  if (staleSpanish.length > 0) console.warn(staleTranslationWarning(staleSpanish));
} catch (error) {
  if (staging) await rm(staging, { recursive: true, force: true });
  const known = findDataError(error) ?? (error instanceof SettingsError ? error : undefined);
  console.error(known ? known.message : `The build failed; nothing was published.\n${describe(error)}`);
  console.error(`The site in ${settings?.outputDir ?? (process.env.HUB_OUTPUT_DIR || "_site")}/ was left as it was.`);
  process.exitCode = 1;
}

/** Two renames in the same folder: the old site is replaced whole, never half-written. */
async function swapIn(from: string, to: string): Promise<void> {
  const previous = previousFolder(to);
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
