import { SEARCH_SHARD_SIZE } from "../publish/search-records.ts";
import { type BuildPass, parsePass, STORIES_PER_PASS } from "./build-pass.ts";

/**
 * Build settings that come from the environment, so the same commit can be built for any host,
 * path or data folder without editing files. Documented in the README.
 */
export interface Settings {
  /** `HUB_DATA_DIR`: the folder of data files (the benchmark points it at generated data). */
  dataDir: string;
  /** `HUB_OUTPUT_DIR`: where Eleventy writes; `npm run build` points it at a temporary folder. */
  outputDir: string;
  /** `PATH_PREFIX`: the path the site is served under, e.g. `/hub/`. */
  pathPrefix: string;
  /** `SITE_URL`: the public address, overriding `url` in `_data/site.ts`. */
  siteUrl: string | undefined;
  /** `HUB_TODAY` (YYYY-MM-DD): the day dates are checked against; defaults to today in UTC. */
  today: string;
  /** `HUB_PASS` ("2/5"): set by `npm run build` for each of its passes (see build-pass.ts); unset elsewhere. */
  pass: BuildPass | undefined;
  /** `HUB_STORIES_PER_PASS`: stories per pass of `npm run build`; lower it on a machine short of memory. */
  storiesPerPass: number;
  /** `HUB_SEARCH_SHARD_SIZE`: records per search index shard (see search-records.ts). */
  searchShardSize: number;
}

export function readSettings(env: NodeJS.ProcessEnv, now: Date = new Date()): Settings {
  return {
    dataDir: env.HUB_DATA_DIR || "_data",
    outputDir: env.HUB_OUTPUT_DIR || "_site",
    pathPrefix: normalisePrefix(env.PATH_PREFIX || "/"),
    siteUrl: env.SITE_URL || undefined,
    today: env.HUB_TODAY || now.toISOString().slice(0, 10),
    pass: parsePass(env.HUB_PASS),
    storiesPerPass: wholeNumber(env, "HUB_STORIES_PER_PASS", "stories", STORIES_PER_PASS),
    searchShardSize: wholeNumber(env, "HUB_SEARCH_SHARD_SIZE", "records", SEARCH_SHARD_SIZE),
  };
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
