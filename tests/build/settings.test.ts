import { describe, expect, it } from "vitest";
import { STORIES_PER_PASS } from "../../src/build/build-pass.ts";
import { normalisePrefix, readSettings, wholeNumber } from "../../src/build/settings.ts";
import { SEARCH_SHARD_SIZE } from "../../src/publish/search-records.ts";

describe("build settings from the environment", () => {
  it("builds _data into _site at the root, checking dates against today, when nothing is set", () => {
    expect(readSettings({}, { now: new Date("2026-11-23T22:00:00Z") })).toEqual({
      dataDir: "_data",
      outputDir: "_site",
      pathPrefix: "/",
      siteUrl: undefined,
      today: "2026-11-23",
      storiesPerPass: STORIES_PER_PASS,
      searchShardSize: SEARCH_SHARD_SIZE,
      freshness: { maxAgeDays: undefined, strict: false },
    });
  });

  it("takes every setting the README documents", () => {
    const settings = readSettings({
      HUB_DATA_DIR: "bench-data",
      HUB_OUTPUT_DIR: "out",
      PATH_PREFIX: "hub",
      SITE_URL: "https://help.example.net",
      HUB_TODAY: "2030-01-02",
      HUB_STORIES_PER_PASS: "250",
      HUB_SEARCH_SHARD_SIZE: "5",
      HUB_STRICT_FRESHNESS: "1",
      HUB_STALE_AFTER_DAYS: "90",
    });
    expect(settings).toEqual({
      dataDir: "bench-data",
      outputDir: "out",
      pathPrefix: "/hub/",
      siteUrl: "https://help.example.net",
      today: "2030-01-02",
      storiesPerPass: 250,
      searchShardSize: 5,
      freshness: { maxAgeDays: 90, strict: true },
    });
  });

  it("takes the freshness flags from the command line over the environment", () => {
    const settings = readSettings({ HUB_STALE_AFTER_DAYS: "90" }, { args: ["--strict", "--max-age-days", "30"] });
    expect(settings.freshness).toEqual({ maxAgeDays: 30, strict: true });
  });

  it("reads a path prefix however it is written", () => {
    expect(["hub", "/hub", "/hub/", "hub/"].map(normalisePrefix)).toEqual(["/hub/", "/hub/", "/hub/", "/hub/"]);
    expect(["", "/", "//"].map(normalisePrefix)).toEqual(["/", "/", "/"]);
  });

  it("refuses a count that is not a whole number of at least 1, naming the variable", () => {
    for (const bad of ["0", "-3", "2.5", "many"]) {
      expect(() => wholeNumber({ HUB_STORIES_PER_PASS: bad }, "HUB_STORIES_PER_PASS", "stories", 1)).toThrow(
        `HUB_STORIES_PER_PASS must be a whole number of stories, at least 1; got ${bad}`,
      );
    }
  });
});
