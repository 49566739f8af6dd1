import { type FreshnessOptions, readFreshnessOptions } from "../data/freshness.ts";
import { SEARCH_SHARD_SIZE } from "../publish/search-records.ts";
import { STORIES_PER_PASS } from "./build-pass.ts";

/**
 * Build settings. People set them in the environment (and the freshness flags on the command
 * line), so the same commit can be built for any host, path or data folder without editing
 * files; they are read here once, and travel through the build as this value. Documented in the
 * README.
 */
export interface Settings {
  /** `HUB_DATA_DIR`: the folder of data files (the benchmark points it at generated data). */
  dataDir: string;
  /** `HUB_OUTPUT_DIR`: where the finished site goes. */
  outputDir: string;
  /** `PATH_PREFIX`: the path the site is served under, e.g. `/hub/`. */
  pathPrefix: string;
  /** `SITE_URL`: the public address, overriding `url` in `_data/site.ts`. */
  siteUrl: string | undefined;
  /** `HUB_TODAY` (YYYY-MM-DD): the day dates are checked against; defaults to today in UTC. */
  today: string;
  /** `HUB_STORIES_PER_PASS`: stories per pass of `npm run build`; lower it on a machine short of memory. */
  storiesPerPass: number;
  /** `HUB_SEARCH_SHARD_SIZE`: records per search index shard (see search-records.ts). */
  searchShardSize: number;
  /** `--strict` or `HUB_STRICT_FRESHNESS`, `--max-age-days` or `HUB_STALE_AFTER_DAYS` (see src/data/freshness.ts). */
  freshness: FreshnessOptions;
}

export interface SettingsSources {
  /** Command-line flags (`--strict`, `--max-age-days N`); only `npm run build` and `npm run audit` take them. */
  args?: readonly string[];
  /** The moment "today" defaults to. */
  now?: Date;
}

/** Throws, saying what to write instead, on a value it cannot use. */
export function readSettings(env: NodeJS.ProcessEnv, { args = [], now = new Date() }: SettingsSources = {}): Settings {
  return {
    dataDir: env.HUB_DATA_DIR || "_data",
    outputDir: outputDirOf(env),
    pathPrefix: normalisePrefix(env.PATH_PREFIX || "/"),
    siteUrl: env.SITE_URL || undefined,
    today: env.HUB_TODAY || now.toISOString().slice(0, 10),
    storiesPerPass: wholeNumber(env, "HUB_STORIES_PER_PASS", "stories", STORIES_PER_PASS),
    searchShardSize: wholeNumber(env, "HUB_SEARCH_SHARD_SIZE", "records", SEARCH_SHARD_SIZE),
    freshness: readFreshnessOptions(args, env),
  };
}

/** `HUB_OUTPUT_DIR`, alone: a build whose other settings cannot be read still says which site it left alone. */
export function outputDirOf(env: NodeJS.ProcessEnv): string {
  return env.HUB_OUTPUT_DIR || "_site";
}

/** A count from the environment: a whole number, at least 1; unset means `fallback`. */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, of: string, fallback: number): number {
  const value = env[name];
  if (!value) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`${name} must be a whole number of ${of}, at least 1; got ${value}`);
  }
  return count;
}

/** `hub`, `/hub` and `/hub/` all mean `/hub/`. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
