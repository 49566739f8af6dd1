import { statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TIME_LIMIT_MS } from "../data/data-file-pool.ts";
import {
  AGE_RULE,
  type FreshnessOptions,
  parseAgeDays,
  parseSwitch,
  readFreshnessOptions,
  SWITCH_RULE,
} from "../data/freshness.ts";
import { showInvisible } from "../model/characters.ts";
import { isoDateSchema } from "../model/date.ts";
import { siteUrlSchema } from "../model/site.ts";
import { SEARCH_SHARD_SIZE } from "../publish/search-records.ts";
import { sitePathProblem } from "../publish/site-address.ts";
import { STORIES_PER_PASS } from "./build-pass.ts";

/**
 * Build settings. People set them in the environment (and the freshness flags on the command
 * line), so the same commit can be built for any host, path or data folder without editing files;
 * they are read here once, and travel through the build as this value (never written back to
 * `process.env`). Documented in the README and docs/deploying.md. A host sets them in a hurry, so
 * each is checked like data: a wrong value is refused with its name, what was given and what to
 * give instead, never read as something else or ignored.
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
  /**
   * `HUB_STORIES_PER_PASS`: story pages per pass of `npm run build`, each language's page of a story
   * counting once; lower it on a machine short of memory.
   */
  storiesPerPass: number;
  /** `HUB_SEARCH_SHARD_SIZE`: records per search index shard (see search-records.ts). */
  searchShardSize: number;
  /** `HUB_DATA_TIME_LIMIT` (seconds): how long one data file may take to load (see data-file-pool.ts). */
  dataTimeLimitMs: number;
  /** `--strict` or `HUB_STRICT_FRESHNESS`, `--max-age-days` or `HUB_STALE_AFTER_DAYS` (see src/data/freshness.ts). */
  freshness: FreshnessOptions;
  /** Whether this is `npm start` (Eleventy's `ELEVENTY_RUN_MODE` is serve or watch): see dev-problems.ts. */
  serving: boolean;
  /** `HUB_CACHE_DIR`: where the build and the dev server remember work they can reuse (see src/data/data-file-cache.ts). */
  cacheDir: string;
}

/** A setting as read: its value, or why it cannot be used. */
type Read<T> = { value: T } | { problem: string };

/** Where `npm run build` writes the site that is published, unless `HUB_OUTPUT_DIR` says otherwise. */
export const OUTPUT_DIR = "_site";

/** Where builds keep what they can reuse, unless `HUB_CACHE_DIR` says otherwise; safe to delete at any time. */
export const CACHE_DIR = ".cache";

/** Where `npm start` builds: never `_site/`, the folder that is published. */
export const DEV_OUTPUT_DIR = ".cache/dev-site";

/** One setting that cannot be used, said as a data problem is: the variable, its value, what to do. */
export interface SettingProblem {
  name: string;
  value: string;
  message: string;
}

export function formatSettingProblem({ name, value, message }: SettingProblem): string {
  return `${name} = ${showInvisible(JSON.stringify(value))} ${message}`;
}

/** Thrown when any setting cannot be used; lists every one, as `DataError` lists data problems. */
export class SettingsError extends Error {
  readonly problems: readonly SettingProblem[];

  constructor(problems: readonly SettingProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    const lines = problems.map((p) => `  ${formatSettingProblem(p)}`);
    super(`The settings have ${count}; nothing was published:\n${lines.join("\n")}`);
    this.name = "SettingsError";
    this.problems = problems;
  }
}

export interface SettingsSources {
  /** Command-line flags (`--strict`, `--max-age-days N`); only `npm run build` and `npm run audit` take them. */
  args?: readonly string[];
  /** The moment "today" defaults to. */
  now?: Date;
  /** The project folder, against which folders are resolved. */
  cwd?: string;
}

/** Reads and checks every setting; throws a `SettingsError` listing each one that cannot be used. */
export function readSettings(
  env: NodeJS.ProcessEnv,
  { args = [], now = new Date(), cwd = process.cwd() }: SettingsSources = {},
): Settings {
  const problems: SettingProblem[] = [];
  /** The setting read by `read`, or `fallback` when it is unset (or wrong, and then a problem is noted). */
  const check = <T>(name: string, fallback: T, read: (value: string) => Read<T>): T => {
    const value = env[name];
    if (value === undefined || value === "") return fallback;
    const result = read(value);
    if ("problem" in result) problems.push({ name, value, message: result.problem });
    return "problem" in result ? fallback : result.value;
  };
  const text = (name: string, fallback: string, problem: (value: string) => string | undefined): string =>
    check(name, fallback, (value): Read<string> => {
      const message = problem(value);
      return message ? { problem: message } : { value };
    });
  const number =
    (rule: string, valid: (n: number) => boolean) =>
    (value: string): Read<number> =>
      /^\d+$/.test(value) && valid(Number(value)) ? { value: Number(value) } : { problem: rule };

  const dataDir = text("HUB_DATA_DIR", "_data", (value) => folderProblem(path.resolve(cwd, value)));
  const serving = ["serve", "watch"].includes(env.ELEVENTY_RUN_MODE ?? "");
  const outputDir = text("HUB_OUTPUT_DIR", serving ? DEV_OUTPUT_DIR : OUTPUT_DIR, (value) =>
    outputProblem(path.resolve(cwd, value), cwd, path.resolve(cwd, dataDir)),
  );
  const cacheDir = text("HUB_CACHE_DIR", CACHE_DIR, (value) =>
    cacheProblem(path.resolve(cwd, value), cwd, path.resolve(cwd, dataDir)),
  );
  const pathPrefix = normalisePrefix(text("PATH_PREFIX", "/", prefixProblem));
  const siteUrl = text("SITE_URL", "", (value) => siteUrlProblem(value, pathPrefix)) || undefined;
  const today = text("HUB_TODAY", now.toISOString().slice(0, 10), todayProblem);
  const count = (of: string) => number(`must be a whole number of ${of}, at least 1, in digits`, (n) => n >= 1);
  const storiesPerPass = check("HUB_STORIES_PER_PASS", STORIES_PER_PASS, count("stories"));
  const searchShardSize = check("HUB_SEARCH_SHARD_SIZE", SEARCH_SHARD_SIZE, count("records"));
  const seconds = check(
    "HUB_DATA_TIME_LIMIT",
    DEFAULT_TIME_LIMIT_MS / 1000,
    number("must be a whole number of seconds from 1 to 600, e.g. 10", (n) => n >= 1 && n <= 600),
  );
  const strict = check("HUB_STRICT_FRESHNESS", false, (value): Read<boolean> => {
    const on = parseSwitch(value);
    return on === undefined ? { problem: SWITCH_RULE } : { value: on };
  });
  const maxAgeDays = check<number | undefined>("HUB_STALE_AFTER_DAYS", undefined, (value) => {
    const days = parseAgeDays(value);
    return days === undefined ? { problem: `${AGE_RULE}; unset it to use staleAfterDays` } : { value: days };
  });
  // The flags are read even when a variable is wrong, so a wrong flag is named with the others.
  const freshness = freshnessFrom(args, { maxAgeDays, strict }, problems);

  if (problems.length > 0 || !freshness) throw new SettingsError(problems);
  return {
    dataDir,
    outputDir,
    pathPrefix,
    siteUrl,
    today,
    storiesPerPass,
    searchShardSize,
    freshness,
    dataTimeLimitMs: seconds * 1000,
    serving,
    cacheDir,
  };
}

/** The freshness flags over the checked variables; a wrong flag is a problem like a wrong variable. */
function freshnessFrom(args: readonly string[], variables: FreshnessOptions, problems: SettingProblem[]) {
  try {
    return readFreshnessOptions(args, variables);
  } catch (error) {
    problems.push({ name: "the command line", value: args.join(" "), message: (error as Error).message });
    return undefined;
  }
}

/** `HUB_OUTPUT_DIR` alone: a build whose settings cannot be read still says which site it left alone. */
export function outputDirOf(env: NodeJS.ProcessEnv): string {
  return env.HUB_OUTPUT_DIR || OUTPUT_DIR;
}

/** `hub`, `/hub` and `/hub/` all mean `/hub/`. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * A path goes into every link, the sitemap, the feed and the search index as it is, so each of
 * its parts may hold only what an address carries unchanged: letters, digits and - . _ ~.
 * `..` would publish addresses that climb out of the site; a space or a `?` breaks every link.
 */
function prefixProblem(prefix: string): string | undefined {
  const parts = prefix.replace(/^\/+|\/+$/g, "").split("/");
  if (parts.length === 1 && parts[0] === "") return undefined;
  const fix = "give the path the site is served under, e.g. /hub/";
  if (parts.some((part) => part === "." || part === "..")) return `has a "." or ".." part; ${fix}`;
  if (parts.some((part) => part === "")) return `has an empty part (//); ${fix}`;
  const odd = [...new Set(parts.join("").replace(/[A-Za-z0-9._~-]/g, ""))];
  if (odd.length > 0) {
    const shown = odd.map((char) => (char === " " ? "a space" : showInvisible(JSON.stringify(char)))).join(", ");
    return `has ${shown}, which an address cannot carry as it is; use letters, digits and - . _ ~ only, e.g. /hub/`;
  }
  return undefined;
}

function siteUrlProblem(value: string, pathPrefix: string): string | undefined {
  const result = siteUrlSchema.safeParse(value);
  if (!result.success) return result.error.issues.map((issue) => issue.message).join("; ");
  return sitePathProblem(value, pathPrefix);
}

/**
 * Without a real day, every "is in the future" check quietly passed. A day to come is allowed:
 * it is how a build on a later day is reproduced (tests/site/path-prefix.test.ts).
 */
function todayProblem(value: string): string | undefined {
  const result = isoDateSchema.safeParse(value);
  return result.success ? undefined : `${result.error.issues[0]?.message}; leave it unset to check dates against today`;
}

function folderProblem(folder: string): string | undefined {
  const info = statSync(folder, { throwIfNoEntry: false });
  return info?.isDirectory() ? undefined : "is not a folder; give the folder of data files, e.g. _data";
}

/** The cache is written on every build; inside the data or the templates it would be read back as input. */
function cacheProblem(cache: string, cwd: string, dataDir: string): string | undefined {
  const within = (child: string, parent: string) => child === parent || child.startsWith(`${parent}${path.sep}`);
  for (const [what, folder] of [
    ["data", dataDir],
    ["page templates (content/)", path.resolve(cwd, "content")],
  ] as const) {
    if (within(cache, folder))
      return `is inside the ${what}, which the build reads; give a folder of its own, e.g. .cache`;
  }
  return undefined;
}

/**
 * The output folder is replaced whole by each build (scripts/build.ts), so it must be a folder of
 * its own: never the project, a folder that holds the project, the data or the templates, nor a
 * folder inside them, which Eleventy would read back as input.
 */
function outputProblem(output: string, cwd: string, dataDir: string): string | undefined {
  const within = (child: string, parent: string) => child === parent || child.startsWith(`${parent}${path.sep}`);
  const fix = "give a folder of its own, e.g. _site";
  const templates = path.resolve(cwd, "content");
  if (within(cwd, output)) return `is the project folder or holds it, and every build replaces it whole; ${fix}`;
  for (const [what, folder] of [
    ["data", dataDir],
    ["page templates (content/)", templates],
  ] as const) {
    if (within(folder, output)) return `holds the ${what}, and every build replaces it whole; ${fix}`;
    if (within(output, folder)) return `is inside the ${what}, which the build reads; ${fix}`;
  }
  return undefined;
}
