import { describe, expect, it } from "vitest";
import { STORIES_PER_PASS } from "../../src/build/build-pass.ts";
import { normalisePrefix, readSettings, SettingsError } from "../../src/build/settings.ts";
import { SEARCH_SHARD_SIZE } from "../../src/publish/search-records.ts";

const NOW = new Date("2026-11-23T22:00:00Z");

/** What the build prints for these settings, one line a problem; empty when they are fine. */
function refused(env: NodeJS.ProcessEnv, args: string[] = []): string[] {
  try {
    readSettings(env, { args, now: NOW });
    return [];
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return error.message
      .split("\n")
      .slice(1)
      .map((line) => line.trim());
  }
}

describe("build settings from the environment", () => {
  it("builds _data into _site at the root, checking dates against today, when nothing is set", () => {
    expect(readSettings({}, { now: NOW })).toEqual({
      dataDir: "_data",
      outputDir: "_site",
      pathPrefix: "/",
      siteUrl: undefined,
      today: "2026-11-23",
      storiesPerPass: STORIES_PER_PASS,
      searchShardSize: SEARCH_SHARD_SIZE,
      dataTimeLimitMs: 10_000,
      freshness: { maxAgeDays: undefined, strict: false },
      serving: false,
      cacheDir: ".cache",
    });
  });

  it("takes every setting the README documents", () => {
    const settings = readSettings(
      {
        HUB_DATA_DIR: "_data",
        HUB_OUTPUT_DIR: "out",
        PATH_PREFIX: "hub",
        SITE_URL: "https://help.example.net",
        HUB_TODAY: "2026-01-02",
        HUB_STORIES_PER_PASS: "250",
        HUB_SEARCH_SHARD_SIZE: "5",
        HUB_DATA_TIME_LIMIT: "30",
        HUB_STRICT_FRESHNESS: "yes",
        HUB_STALE_AFTER_DAYS: "90",
        HUB_CACHE_DIR: "/tmp/hub-cache",
      },
      { now: NOW },
    );
    expect(settings).toEqual({
      dataDir: "_data",
      outputDir: "out",
      pathPrefix: "/hub/",
      siteUrl: "https://help.example.net",
      today: "2026-01-02",
      storiesPerPass: 250,
      searchShardSize: 5,
      dataTimeLimitMs: 30_000,
      freshness: { maxAgeDays: 90, strict: true },
      serving: false,
      cacheDir: "/tmp/hub-cache",
    });
  });

  it("leaves the age of a stale check to the site and only warns, when the freshness settings are empty", () => {
    const settings = readSettings({ HUB_STALE_AFTER_DAYS: "", HUB_STRICT_FRESHNESS: "" }, { now: NOW });
    expect(settings.freshness).toEqual({ maxAgeDays: undefined, strict: false });
  });

  it("takes the freshness flags from the command line over the environment", () => {
    const settings = readSettings(
      { HUB_STALE_AFTER_DAYS: "90" },
      { args: ["--strict", "--max-age-days", "30"], now: NOW },
    );
    expect(settings.freshness).toEqual({ maxAgeDays: 30, strict: true });
    const written = (args: string[]) => readSettings({ HUB_STALE_AFTER_DAYS: "30" }, { args, now: NOW }).freshness;
    expect(written(["--max-age-days=10"])).toEqual({ maxAgeDays: 10, strict: false });
    expect(written([])).toEqual({ maxAgeDays: 30, strict: false });
  });

  it("refuses a misspelt flag as it refuses a wrong variable", () => {
    expect(refused({}, ["--strcit"])).toEqual([
      `the command line = "--strcit" Unknown option '--strcit'; the options are --strict and --max-age-days N`,
    ]);
  });

  it("refuses an age on the command line that is not a whole number, named with a wrong variable", () => {
    expect(refused({ HUB_STRICT_FRESHNESS: "on" }, ["--max-age-days", "six months"])).toEqual([
      'HUB_STRICT_FRESHNESS = "on" must be 1, true or yes to turn it on, or 0, false, no or nothing to leave it off',
      'the command line = "--max-age-days six months" --max-age-days must be a whole number of days from 0 to 3650, e.g. 180; got "six months"',
    ]);
  });

  it("builds the dev server's pages outside the published folder", () => {
    expect(readSettings({ ELEVENTY_RUN_MODE: "serve" }, { now: NOW }).outputDir).toBe(".cache/dev-site");
  });

  it("reads a path prefix however it is written", () => {
    expect(["hub", "/hub", "/hub/", "hub/"].map(normalisePrefix)).toEqual(["/hub/", "/hub/", "/hub/", "/hub/"]);
    expect(["", "/", "//"].map(normalisePrefix)).toEqual(["/", "/", "/"]);
  });

  it("refuses a path that would climb out of the site or break its links, with what to write", () => {
    expect(refused({ PATH_PREFIX: "../up" })).toEqual([
      'PATH_PREFIX = "../up" has a "." or ".." part; give the path the site is served under, e.g. /hub/',
    ]);
    expect(refused({ PATH_PREFIX: "/a b?c/" })).toEqual([
      'PATH_PREFIX = "/a b?c/" has a space, "?", which an address cannot carry as it is; use letters, digits and - . _ ~ only, e.g. /hub/',
    ]);
    expect(refused({ PATH_PREFIX: "/a//b/" })).toEqual([
      'PATH_PREFIX = "/a//b/" has an empty part (//); give the path the site is served under, e.g. /hub/',
    ]);
  });

  it("refuses a day to check dates against that is not a day, instead of checking nothing", () => {
    expect(refused({ HUB_TODAY: "yesterday" })).toEqual([
      'HUB_TODAY = "yesterday" must be a date written YYYY-MM-DD, e.g. 2026-03-12; leave it unset to check dates against today',
    ]);
    expect(refused({ HUB_TODAY: "2026-02-30" })).toEqual([
      'HUB_TODAY = "2026-02-30" is not a real calendar date (check the day and month); leave it unset to check dates against today',
    ]);
    expect(refused({ HUB_TODAY: "1850-01-01" })).toEqual([
      'HUB_TODAY = "1850-01-01" is before 1990-01-01, earlier than anything the hub covers; check the year; leave it unset to check dates against today',
    ]);
  });

  it("refuses a site address the pages could not be built from", () => {
    expect(refused({ SITE_URL: "http://help.example.net" })).toEqual([
      'SITE_URL = "http://help.example.net" must be a full web address starting with https:// (not http:, javascript: or data:)',
    ]);
    expect(refused({ SITE_URL: "https://someone.github.io/hub" })).toEqual([
      'SITE_URL = "https://someone.github.io/hub" ends in the path /hub/, but the site is built to be served under /; set PATH_PREFIX=/hub/ to match, or give the address without a path',
    ]);
    expect(refused({ SITE_URL: "https://someone.github.io/hub", PATH_PREFIX: "/hub/" })).toEqual([]);
  });

  it("refuses an output folder whose replacement would take the project, the data or the templates with it", () => {
    const fix = "every build replaces it whole; give a folder of its own, e.g. _site";
    expect(refused({ HUB_OUTPUT_DIR: "." })).toEqual([
      `HUB_OUTPUT_DIR = "." is the project folder or holds it, and ${fix}`,
    ]);
    expect(refused({ HUB_OUTPUT_DIR: ".." })).toEqual([
      `HUB_OUTPUT_DIR = ".." is the project folder or holds it, and ${fix}`,
    ]);
    expect(refused({ HUB_OUTPUT_DIR: "content" })).toEqual([
      `HUB_OUTPUT_DIR = "content" holds the page templates (content/), and ${fix}`,
    ]);
    expect(refused({ HUB_OUTPUT_DIR: "_data/site" })).toEqual([
      'HUB_OUTPUT_DIR = "_data/site" is inside the data, which the build reads; give a folder of its own, e.g. _site',
    ]);
  });

  it("refuses a cache folder inside the data or the templates, which the build and the dev server read", () => {
    expect(refused({ HUB_CACHE_DIR: "_data/.cache" })).toEqual([
      'HUB_CACHE_DIR = "_data/.cache" is inside the data, which the build reads; give a folder of its own, e.g. .cache',
    ]);
    expect(refused({ HUB_CACHE_DIR: "content/cache" })).toEqual([
      'HUB_CACHE_DIR = "content/cache" is inside the page templates (content/), which the build reads; give a folder of its own, e.g. .cache',
    ]);
  });

  it("refuses counts, switches and limits it cannot read, and lists every problem at once", () => {
    expect(
      refused({
        HUB_DATA_DIR: "no-such-folder",
        HUB_STORIES_PER_PASS: "1e3",
        HUB_SEARCH_SHARD_SIZE: "0",
        HUB_STRICT_FRESHNESS: "on",
        HUB_STALE_AFTER_DAYS: "six months",
        HUB_DATA_TIME_LIMIT: "0",
      }),
    ).toEqual([
      'HUB_DATA_DIR = "no-such-folder" is not a folder; give the folder of data files, e.g. _data',
      'HUB_STORIES_PER_PASS = "1e3" must be a whole number of stories, at least 1, in digits',
      'HUB_SEARCH_SHARD_SIZE = "0" must be a whole number of records, at least 1, in digits',
      'HUB_DATA_TIME_LIMIT = "0" must be a whole number of seconds from 1 to 600, e.g. 10',
      'HUB_STRICT_FRESHNESS = "on" must be 1, true or yes to turn it on, or 0, false, no or nothing to leave it off',
      'HUB_STALE_AFTER_DAYS = "six months" must be a whole number of days from 0 to 3650, e.g. 180; unset it to use staleAfterDays',
    ]);
  });
});
