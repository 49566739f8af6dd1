import { mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout } from "node:timers/promises";
import { inject } from "vitest";
import { type RunResult, runScript } from "../../scripts/lib/run.ts";
import { readSettings, type Settings } from "../../src/build/settings.ts";
import { copyData, type DataCopy } from "./data-copy.ts";
import { type BuildEnv, NOTHING_SET, readyFile, type SharedSiteName, writeReady } from "./global-setup.ts";

export interface BuiltSite {
  /** Absolute path of the built folder. */
  dir: string;
  /** Every built file, by its path relative to `dir` with forward slashes (`stories/x/index.html`). */
  files: string[];
  /** The text of a built file. */
  read(file: string): Promise<string>;
  /** Every built HTML page: its URL path (`/stories/x/`) and its text. */
  pages(): Promise<Map<string, string>>;
}

/**
 * A site this run builds once for every test file (tests/helpers/global-setup.ts), through
 * `npm run build`: `default` as it builds with nothing set, `hub` for https://help.example.net
 * under /hub/. Many files read it at once: read it, never change it. The builds start with the
 * run and may still be going when the first files ask: this waits for the build to end, and
 * throws its errors if it failed.
 */
export async function sharedSite(name: SharedSiteName): Promise<BuiltSite> {
  const { dir } = inject("sites")[name];
  const outcome = JSON.parse(await untilRead(readyFile(dir))) as { error?: string };
  if (outcome.error) throw new Error(outcome.error);
  return siteIn(dir);
}

/** The text of a file another process writes in one go, once it is there. */
async function untilRead(file: string): Promise<string> {
  for (;;) {
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      await setTimeout(100);
    }
  }
}

/** The environment a shared site was built with, for a test that builds a variant of it. */
export function sharedEnv(name: SharedSiteName): BuildEnv {
  return inject("sites")[name].env;
}

/** The settings a shared site was built with, as the build read them. */
export function sharedSettings(name: SharedSiteName): Settings {
  return readSettings(sharedEnv(name));
}

/** The day the changed data's variant is checked against. */
export const VARIANT_TODAY = "2026-12-01";

/** A build that several test files read: its settings, and the changes made to a copy of the data, if any. */
interface Variant {
  /** Its settings as `npm run build` takes them, beyond the unset ones of NOTHING_SET. */
  env(): BuildEnv;
  /** Changes to a copy of `_data/`, which is then built instead of `_data/` itself. */
  edit?(data: DataCopy): Promise<void>;
}

/**
 * Sites built once per run for every test file that reads them (`variantSite`), beyond the shared
 * ones. Changes that do not touch each other share a build (seconds of CPU each) instead of a build each.
 */
const VARIANTS = {
  /**
   * A topic whose English changed after its Spanish was written, and a story with no Spanish
   * (tests/site/languages.test.ts), whose editor also left out every line that fits it
   * (tests/site/build.test.ts).
   */
  "stale-spanish-no-lines": {
    env: () => ({ HUB_TODAY: VARIANT_TODAY }),
    async edit(data) {
      await data.edit("causes/child-abuse.ts", (text) =>
        text.replace(
          'summary: "When a parent or caregiver hurts a child,',
          'summary: "When a parent or caregiver harms a child,',
        ),
      );
      await data.edit("stories/blanchard-kardashian.ts", (text) =>
        text
          .replace(/\n {2}es: \{[\s\S]*?\n {2}\},\n/, "\n")
          .replace(
            "  contentNote:",
            '  excludedResources: ["988-lifeline", "childhelp", "samhsa-helpline"],\n  contentNote:',
          ),
      );
    },
  },
  /**
   * The shared `hub` site built again on another day, with its search index in shards of ten
   * records: the same bytes as the shared one outside the search index (tests/site/path-prefix.test.ts),
   * and the same search results from the shards as from its one index (tests/publish/search-shards.test.ts).
   */
  "hub-another-day-in-shards": {
    env: () => ({ ...sharedEnv("hub"), HUB_TODAY: "2031-02-03", HUB_SEARCH_SHARD_SIZE: "10" }),
  },
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;

export interface VariantSite extends BuiltSite {
  /** The data's folder, as messages name it; read it, never change it. */
  dataDir: string;
  /** The environment `npm run build` was given. */
  env: BuildEnv;
  /** What `npm run build` printed building it. */
  run: RunResult;
}

/**
 * A variant (`VARIANTS`), built by `npm run build` once per run: the first file to ask copies and
 * changes the data if the variant changes it, and builds it, in the run's folder; the others wait
 * for that build. Throws if the build failed. In a process of its own: Eleventy keeps compiled
 * layouts and templates in caches that last as long as the process, holding the filters of the
 * first build's config, so a second build with another path prefix in the same process can come
 * out wrong.
 */
export async function variantSite(name: VariantName): Promise<VariantSite> {
  const folder = path.join(inject("runDir"), "variants", name);
  const ready = path.join(folder, "ready.json");
  await mkdir(path.dirname(folder), { recursive: true });
  // Making the folder is the lock: it succeeds for one caller only.
  const first = await mkdir(folder).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
      return false;
    },
  );
  if (first) {
    const outputDir = path.join(folder, "site");
    const outcome = await (async () => {
      const variant: Variant = VARIANTS[name];
      const env: BuildEnv = { ...NOTHING_SET, ...variant.env(), HUB_OUTPUT_DIR: outputDir };
      if (variant.edit) {
        const data = await copyData("_data", folder);
        await variant.edit(data);
        env.HUB_DATA_DIR = data.dir;
      }
      const run = await runScript("build.ts", [], { env });
      return { env, outputDir, run };
    })().catch((error: unknown) => ({ error: String(error) }));
    // Written whatever happened, as others wait for it.
    await writeReady(ready, outcome);
  }
  const outcome = JSON.parse(await untilRead(ready)) as
    | { env: BuildEnv; outputDir: string; run: RunResult }
    | { error: string };
  if ("error" in outcome) throw new Error(`the variant ${name} could not be built: ${outcome.error}`);
  const { env, outputDir, run } = outcome;
  if (run.status !== 0) throw new Error(`npm run build of the variant ${name} failed:\n${run.stderr}`);
  // The data folder as the build read it from `env`, `_data` when the variant leaves it unset.
  return { ...(await siteIn(outputDir)), dataDir: readSettings(env).dataDir, env, run };
}

/** A new, empty folder inside the run's folder in the system's temporary folder, removed when the run ends. */
export function runFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(inject("runDir"), prefix));
}

/** A view of an already built folder. */
export async function siteIn(dir: string): Promise<BuiltSite> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  const read = (file: string) => readFile(path.join(dir, file), "utf8");
  return {
    dir,
    files,
    read,
    async pages() {
      const html = files.filter((f) => f.endsWith(".html"));
      const texts = await Promise.all(html.map(read));
      return new Map(html.map((f, i) => [urlOf(f), texts[i] ?? ""]));
    },
  };
}

/** `stories/x/index.html` → `/stories/x/`; `404.html` → `/404.html`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
