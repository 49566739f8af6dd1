import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { runScript } from "../../scripts/lib/run.ts";
import { NOTHING_SET } from "../helpers/global-setup.ts";
import { hashFolder } from "../helpers/hash-folder.ts";
import { runFolder } from "../helpers/site.ts";

async function build(dataDir: string, outputDir: string, cacheDir: string) {
  const run = await runScript("build.ts", [], {
    env: {
      ...NOTHING_SET,
      HUB_DATA_DIR: dataDir,
      HUB_OUTPUT_DIR: outputDir,
      HUB_CACHE_DIR: cacheDir,
      HUB_TODAY: GENERATED_TODAY,
      // Small shards, so that the search index comes in several and most of them keep their records.
      HUB_SEARCH_SHARD_SIZE: "40",
    },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe("a second npm run build after one story changed", () => {
  it("renders and indexes again only what shows the story, and publishes exactly what a build from nothing publishes", async () => {
    const folder = await runFolder("warm-");
    const [dataDir, site, cache] = ["data", "site", "cache"].map((name) => path.join(folder, name)) as [
      string,
      string,
      string,
    ];
    const generated = generateData({ stories: 60 });
    await writeDataFolder(dataDir, generated);
    await build(dataDir, site, cache);
    // The newest story: it has no related stories pointing at it from pages of stories older than it.
    const story = generated.stories.reduce((a, b) => (a.date > b.date ? a : b));
    const file = path.join(dataDir, "stories", `${story.id}.ts`);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`)),
    );

    const warm = await build(dataDir, site, cache);
    const cold = path.join(folder, "cold");
    await build(dataDir, cold, path.join(folder, "cold-cache"));

    // Most of the 60 story pages and of the pages of story lists are as they were.
    const reused = Number(/; (\d+) unchanged story and list pages taken from the last build/.exec(warm)?.[1]);
    const files = (await hashFolder(site)).size;
    expect(reused).toBeGreaterThan(50);
    expect(reused).toBeLessThan(files);
    // Most search index shards hold none of the story's records, and are as they were.
    const [, shards, taken] = (/in (\d+) index shards, (\d+) taken from the last build/.exec(warm) ?? []).map(Number);
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(shards as number);
    expect(await hashFolder(site)).toEqual(await hashFolder(cold));
    expect(await readFile(path.join(site, "stories", story.slug, "index.html"), "utf8")).toContain(", edited");
  }, 180_000); // three builds of the hub: on a busy 2-core machine more than the default minute
});
